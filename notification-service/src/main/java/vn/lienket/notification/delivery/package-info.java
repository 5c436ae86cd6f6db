/** Deliveries: one per (event, unit, channel), sent once, retried on a stored schedule, failed visibly. */
package vn.lienket.notification.delivery;
