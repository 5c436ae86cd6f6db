package vn.lienket.notification.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.support.store.Documents;

/**
 * The successions this service has heard of, each as its event said it (keyed by succession id,
 * so a redelivered one writes the same), and who now answers for a merged authority. Successions
 * do not chain (the register refuses a succession into an authority itself merged); a few steps
 * are followed all the same, so that a map fixed later still routes to the authority that continues.
 */
@Repository
public class Successions {

    private static final int MAX_STEPS = 8;

    private final MongoCollection<Document> successions;
    private final MongoCollection<Document> takeOvers;

    Successions(MongoDatabase database) {
        this.successions = database.getCollection("successions");
        this.takeOvers = database.getCollection("take-overs-told");
    }

    void record(AuthoritySucceeded succession) {
        Document document = Documents.toDocument(succession).append("_id", succession.successionId())
                .append("predecessorIds", succession.predecessorIds());
        successions.replaceOne(Filters.eq("_id", succession.successionId()), document, new ReplaceOptions().upsert(true));
    }

    List<AuthoritySucceeded> all() {
        return successions.find().sort(Sorts.ascending("_id")).map(d -> Documents.fromDocument(d, AuthoritySucceeded.class))
                .into(new ArrayList<>());
    }

    /** The succession that merged this authority into another, if one did. */
    public Optional<AuthoritySucceeded> of(String predecessorId) {
        return Optional.ofNullable(successions.find(Filters.eq("predecessorIds", predecessorId)).first())
                .map(d -> Documents.fromDocument(d, AuthoritySucceeded.class));
    }

    /** The authority that answers for this one now: its successor's (followed), or itself if it was never merged. */
    public String answeringFor(String authorityId) {
        String current = authorityId;
        for (int step = 0; step < MAX_STEPS; step++) {
            Optional<AuthoritySucceeded> merged = of(current);
            if (merged.isEmpty() || merged.get().successor().id().equals(current)) {
                return current;
            }
            current = merged.get().successor().id();
        }
        return current;
    }

    /** A predecessor as its succession named it (its name, for the words of an alert), if one did. */
    public Optional<AuthorityRef> predecessor(String authorityId) {
        return of(authorityId).flatMap(s -> s.predecessors().stream().filter(p -> p.id().equals(authorityId)).findFirst());
    }

    /**
     * Whether this event is the first to tell of its (succession, plan): the first event claims it,
     * and only that event (however often redelivered) alerts. A second event with another id for the
     * same take-over (a producer that replayed from scratch) tells nothing again.
     */
    public boolean firstToTell(DerivedPlanTakenOver event) {
        String key = event.successionId() + "|" + event.provinceId() + "|" + event.masterPlanId();
        takeOvers.updateOne(Filters.eq("_id", key), Updates.setOnInsert("eventId", event.eventId()),
                new UpdateOptions().upsert(true));
        Document claimed = takeOvers.find(Filters.eq("_id", key)).first();
        return claimed == null || event.eventId().equals(claimed.getString("eventId"));
    }
}
