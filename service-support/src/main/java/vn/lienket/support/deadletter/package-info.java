/**
 * Dead letters: each record a listener parks is kept in the service's store as well as on
 * {@code <topic>.dlt}, listed by the operator API and re-driven through the listener that parked it.
 */
package vn.lienket.support.deadletter;
