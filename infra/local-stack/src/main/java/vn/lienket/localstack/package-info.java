/** The infrastructure of a developer's machine, each piece its own process: the store and the SMSC simulator. */
package vn.lienket.localstack;
