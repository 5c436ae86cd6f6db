/**
 * The one polling loop ({@link vn.lienket.support.work.WorkLoop}): woken by the write that adds work, a timer only as
 * the safety net, back-off while the store is away, started and stopped with the context. The outbox relay and the
 * delivery dispatcher both run on it.
 */
package vn.lienket.support.work;
