package vn.lienket.support.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.messaging.Failures;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Documents;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The service's parked records ({@code parked_events}), each with its audit trail: who parked it
 * (the listener) and who ran it again, when, with what outcome.
 */
@Component
public class ParkedEvents {

    static final String SORT_KEY = "sortKey";

    private final MongoCollection<Document> parked;
    private final Clock clock;

    ParkedEvents(MongoDatabase database, Clock clock) {
        this.parked = database.getCollection("parked_events");
        this.clock = clock;
    }

    /**
     * Keeps the record as parked by this listener. Parking the same record again (redelivered after a
     * crash between parking and committing its offset) keeps the first.
     */
    public ParkedEvent park(ConsumerRecord<?, ?> record, String listener, Failures.Failure failure) {
        Instant now = clock.instant();
        ParkedEvent event = ParkedEvent.of(record, listener, failure, now);
        Document document = Documents.toDocument(event).append(SORT_KEY, event.sortKey())
                .append(AuditEntry.FIELD, List.of(new AuditEntry(now, "listener:" + listener, null, "event.parked",
                        failure.kind() + ": " + failure.summary()).toDocument()));
        try {
            parked.insertOne(document);
            return event;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return find(event.id()).orElse(event);
            }
            throw e;
        }
    }

    public Optional<ParkedEvent> find(String id) {
        return Optional.ofNullable(parked.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d, ParkedEvent.class));
    }

    public List<AuditEntry> audit(String id) {
        Document document = parked.find(Filters.eq("_id", id)).projection(new Document(AuditEntry.FIELD, 1)).first();
        if (document == null || !document.containsKey(AuditEntry.FIELD)) {
            return List.of();
        }
        return document.getList(AuditEntry.FIELD, Document.class).stream().map(AuditEntry::fromDocument).toList();
    }

    /** One page, newest first, optionally of one topic and one status. */
    public Page<ParkedEvent> page(String topic, ParkedEvent.Status status, PageRequest request) {
        List<Bson> filters = new ArrayList<>(filters(topic, status));
        request.after().ifPresent(after -> filters.add(Filters.lt(SORT_KEY, after)));
        List<ParkedEvent> fetched = parked.find(filters.isEmpty() ? Filters.empty() : Filters.and(filters))
                .sort(Sorts.descending(SORT_KEY)).limit(request.limit() + 1)
                .map(d -> Documents.fromDocument(d, ParkedEvent.class)).into(new ArrayList<>());
        return Page.of(fetched, request, ParkedEvent::sortKey);
    }

    /** Parked (not yet re-driven) events, oldest first, so a re-drive of all keeps their order. */
    List<ParkedEvent> parked(String topic, int limit) {
        return parked.find(Filters.and(filters(topic, ParkedEvent.Status.PARKED))).sort(Sorts.ascending(SORT_KEY))
                .limit(limit).map(d -> Documents.fromDocument(d, ParkedEvent.class)).into(new ArrayList<>());
    }

    /** Marks it re-driven; false when it already was (by a concurrent re-drive). */
    boolean redriven(String id, Caller caller) {
        Instant now = clock.instant();
        return parked.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", ParkedEvent.Status.PARKED.name())),
                Updates.combine(Updates.set("status", ParkedEvent.Status.REDRIVEN.name()), Updates.set("redrivenAt", now.toString()),
                        Updates.set("redrivenBy", caller.principal()), Updates.inc("redrives", 1),
                        Updates.push(AuditEntry.FIELD, AuditEntry.by(caller, "event.redriven", "handled by "
                                + find(id).map(ParkedEvent::listener).orElse("?"), now).toDocument())))
                .getModifiedCount() == 1;
    }

    /** A re-drive that failed again: it stays parked, with the new reason. */
    void failedAgain(String id, Caller caller, Failures.Failure failure) {
        Instant now = clock.instant();
        parked.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", ParkedEvent.Status.PARKED.name())),
                Updates.combine(Updates.set("reason", failure.summary()), Updates.set("failure", failure.kind().name()),
                        Updates.inc("redrives", 1), Updates.push(AuditEntry.FIELD, AuditEntry.by(caller,
                                "event.redrive-failed", failure.kind() + ": " + failure.summary(), now).toDocument())));
    }

    /** How many records of {@code topic} are parked and not yet re-driven (for the operators' gauge). */
    public long parkedOn(String topic) {
        return parked.countDocuments(Filters.and(filters(topic, ParkedEvent.Status.PARKED)));
    }

    private static List<Bson> filters(String topic, ParkedEvent.Status status) {
        List<Bson> filters = new ArrayList<>();
        if (topic != null) {
            filters.add(Filters.eq("topic", topic));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        return filters;
    }
}
