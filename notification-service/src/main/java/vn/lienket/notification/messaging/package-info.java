/** Everything notification-service hears from Kafka: province-plan events that alert units. */
package vn.lienket.notification.messaging;
