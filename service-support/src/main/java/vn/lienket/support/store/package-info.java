/** The MongoDB store, reached only through the MongoDB Java Driver; aggregates kept one document each, with their outbox. */
package vn.lienket.support.store;
