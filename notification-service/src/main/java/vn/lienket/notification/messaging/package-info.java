/**
 * Everything notification-service hears from Kafka: province-plan events and the lead's escalations
 * that alert units, programme events and published versions that say who leads whom, and the
 * successions that move a merged authority's units to its successor.
 */
package vn.lienket.notification.messaging;
