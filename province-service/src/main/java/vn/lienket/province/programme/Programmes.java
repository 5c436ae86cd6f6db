package vn.lienket.province.programme;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.support.store.Documents;

/**
 * Every programme as its latest event left it, in the service's own database (not a tenant's).
 * An event carries the whole programme, so storing it replaces what was known: a redelivered or
 * replayed event writes the same document again.
 */
@Repository
public class Programmes {

    private final MongoCollection<Document> programmes;

    Programmes(MongoDatabase database) {
        this.programmes = database.getCollection("programmes");
    }

    /** A programme with the event that last changed it. */
    record Known(String id, ProgrammeSnapshot programme, String eventId, String eventType) {
    }

    public void record(ProgrammeEvent event) {
        ProgrammeSnapshot programme = event.programme();
        programmes.replaceOne(Filters.eq("_id", programme.programmeId()),
                Documents.toDocument(new Known(programme.programmeId(), programme, event.eventId(), event.type())),
                new ReplaceOptions().upsert(true));
    }

    public Optional<ProgrammeSnapshot> find(String programmeId) {
        return Optional.ofNullable(programmes.find(Filters.eq("_id", programmeId)).first())
                .map(d -> Documents.fromDocument(d, Known.class).programme());
    }

    public List<ProgrammeSnapshot> all() {
        return programmes.find().map(d -> Documents.fromDocument(d, Known.class).programme())
                .into(new java.util.ArrayList<>());
    }

    /** The authority's part in the programme; empty if the programme is unknown or it was never a member. */
    public Optional<Membership> membership(String programmeId, String authorityId) {
        return find(programmeId).flatMap(p -> membershipIn(p, authorityId));
    }

    public static Optional<Membership> membershipIn(ProgrammeSnapshot programme, String authorityId) {
        var periods = programme.members().stream().filter(m -> m.authorityId().equals(authorityId)).toList();
        return periods.isEmpty() ? Optional.empty() : Optional.of(new Membership(programme.programmeId(), authorityId, periods));
    }
}
