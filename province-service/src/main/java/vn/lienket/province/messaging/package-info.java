/** Everything province-service hears from Kafka: master-plan versions, consumed once per tenant in its own group. */
package vn.lienket.province.messaging;
