/** What every Liên Kết service shares: store access, the outbox relay, Kafka failure handling, caller checks, problem responses. */
package vn.lienket.support;
