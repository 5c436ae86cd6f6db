/** Transactional outbox without transactions: events ride in their aggregate's document until the relay has sent them. */
package vn.lienket.support.outbox;
