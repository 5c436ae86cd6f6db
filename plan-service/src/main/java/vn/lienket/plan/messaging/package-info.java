/** Everything plan-service hears from Kafka: the province-plan events that fill the compliance board. */
package vn.lienket.plan.messaging;
