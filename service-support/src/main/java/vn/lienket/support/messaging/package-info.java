/** Kafka plumbing every service shares: topics, CloudEvents parsing, bounded retry then the dead-letter topic. */
package vn.lienket.support.messaging;
