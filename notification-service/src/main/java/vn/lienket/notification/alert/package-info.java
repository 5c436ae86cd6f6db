/** Alerts: which unit hears of which event, by which channel, in which words (templates kept as files). */
package vn.lienket.notification.alert;
