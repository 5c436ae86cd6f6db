package vn.lienket.support.deadletter;

import java.time.Instant;
import java.util.List;

import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.messaging.Failures;

/** What the operator API shows of parked events: a summary in lists, everything for one. */
final class ParkedEventView {

    private ParkedEventView() {
    }

    record Summary(String id, String topic, int partition, long offset, String listener, String eventId, String type,
                   String subject, String reason, Failures.Kind failure, Instant parkedAt, ParkedEvent.Status status,
                   int redrives, Instant redrivenAt, String redrivenBy) {

        static Summary of(ParkedEvent e) {
            return new Summary(e.id(), e.topic(), e.partition(), e.offset(), e.listener(), e.eventId(), e.type(),
                    e.subject(), e.reason(), e.failure(), e.parkedAt(), e.status(), e.redrives(), e.redrivenAt(),
                    e.redrivenBy());
        }
    }

    record Detail(String id, String topic, int partition, long offset, String listener, String eventId, String type,
                  String subject, String reason, Failures.Kind failure, Instant parkedAt, ParkedEvent.Status status,
                  int redrives, Instant redrivenAt, String redrivenBy, String key, String value,
                  List<ParkedEvent.StoredHeader> headers, List<AuditEntry> audit) {

        static Detail of(ParkedEvent e, List<AuditEntry> audit) {
            return new Detail(e.id(), e.topic(), e.partition(), e.offset(), e.listener(), e.eventId(), e.type(),
                    e.subject(), e.reason(), e.failure(), e.parkedAt(), e.status(), e.redrives(), e.redrivenAt(),
                    e.redrivenBy(), e.key(), e.value(), e.headers(), audit);
        }
    }
}
