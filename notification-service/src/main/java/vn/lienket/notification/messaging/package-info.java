/**
 * Everything notification-service hears from Kafka: province-plan events and the lead's escalations
 * that alert units, and programme events and published versions that say who leads whom.
 */
package vn.lienket.notification.messaging;
