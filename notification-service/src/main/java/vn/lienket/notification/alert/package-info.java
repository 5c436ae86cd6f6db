/**
 * Alerts: which unit hears of which event, by which channel, in which words (templates kept as
 * files), each linking to the console page it is about. One {@link vn.lienket.notification.alert.AlertRule}
 * an event type, registered in {@link vn.lienket.notification.alert.AlertRules}.
 */
package vn.lienket.notification.alert;
