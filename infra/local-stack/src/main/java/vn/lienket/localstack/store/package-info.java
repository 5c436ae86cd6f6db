/** The MongoDB-wire-compatible store of the local stack (mongo-java-server), persisted to H2 files. */
package vn.lienket.localstack.store;
