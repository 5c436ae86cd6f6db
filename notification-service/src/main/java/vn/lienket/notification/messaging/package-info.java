/** Everything notification-service hears from Kafka: province-plan and master-plan events that alert units. */
package vn.lienket.notification.messaging;
