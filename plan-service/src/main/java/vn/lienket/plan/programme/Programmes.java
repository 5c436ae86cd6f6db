package vn.lienket.plan.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.Topics;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The programmes this plan service leads or serves. A programme document carries its own outbox
 * entries and audit trail: every change is one write of the programme, its event and who made it.
 */
@Repository
public class Programmes {

    private static final Logger log = LoggerFactory.getLogger(Programmes.class);

    private final MongoCollection<Document> collection;
    private final AggregateStore<Programme> store;

    Programmes(MongoDatabase database, OutboxRelay relay) {
        this.collection = database.getCollection("programmes");
        this.store = new AggregateStore<>(database, "programmes", Programme.class, Programme::id, Topics.PROGRAMMES, relay);
    }

    public Optional<Programme> find(String id) {
        return versioned(id).map(Versioned::value);
    }

    public Programme get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("No programme " + id));
    }

    Optional<Versioned<Programme>> versioned(String id) {
        return store.find(id);
    }

    /** Every programme, in the order of their ids. */
    List<Programme> all() {
        return store.findAll(Filters.exists("revision")).stream().sorted(Comparator.comparing(Programme::id)).toList();
    }

    void create(Programme programme, ProgrammeEvent event, AuditEntry audit) {
        store.insert(programme, List.of(event), audit);
    }

    void update(Programme programme, long expectedRevision, ProgrammeEvent event, AuditEntry audit) {
        store.update(programme, expectedRevision, List.of(event), audit);
    }

    /** One page of the programme's trail, newest first, read by cursor. */
    Page<AuditEntry> audit(String id, PageRequest page) {
        return store.audit(id, page);
    }

    /**
     * Removes a programme stored by the earlier seed, which saved it as a bare document without
     * revision, events or trail; the seed then creates it again through the service, with its event.
     */
    public boolean dropIfLegacy(String id) {
        boolean dropped = collection.deleteOne(Filters.and(Filters.eq("_id", id), Filters.exists("revision", false)))
                .getDeletedCount() > 0;
        if (dropped) {
            log.info("Programme {} was stored without revision or events by an earlier version; creating it again", id);
        }
        return dropped;
    }
}
