/** Kafka plumbing every service shares: topics, CloudEvents parsing, and what a failed record gets: transient failures wait and retry, records that cannot succeed are parked. */
package vn.lienket.support.messaging;
