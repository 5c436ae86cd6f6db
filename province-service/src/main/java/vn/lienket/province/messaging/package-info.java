/**
 * Everything province-service hears from Kafka: master-plan versions and closes, consumed once per
 * tenant in its own group, and programme events with the plans kept for catch-up, in the service's own.
 */
package vn.lienket.province.messaging;
