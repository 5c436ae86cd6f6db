/**
 * The one polling loop ({@link vn.lienket.support.work.WorkLoop}): woken by the write that adds work, a timer only as
 * the safety net, back-off while the store is away, started and stopped with the context; a stop never interrupts a round in
 * progress (it finishes its send and the outcome's write, waited for, bounded) and wakes a sleeping loop to end it.
 * The outbox relay and the delivery dispatcher both run on it.
 */
package vn.lienket.support.work;
