package vn.lienket.notification.store;

import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.springframework.stereotype.Component;
import vn.lienket.support.store.IndexesOnStart;

/**
 * The indexes real MongoDB needs for notification-service's queries outside the delivery log
 * (whose own, and the work queue's, the dispatcher creates before its first round), created on
 * start ({@link IndexesOnStart}). The short links' unique {@code code} index is created by
 * {@code ShortLinks} itself, and the stand-in does serve that one.
 */
@Component
class StoreIndexes extends IndexesOnStart {

    static final List<Indexed> INDEXES = List.of(
            // PendingReceipts: due receipts not parked; the parked list
            new Indexed("receipts", List.of(new IndexModel(Indexes.compoundIndex(Indexes.ascending("parkedAt"),
                    Indexes.ascending("dueAt")), new IndexOptions().name("due")))),
            // Programmes: those an authority leads, those it is a member of (access to the delivery log)
            new Indexed("programmes", List.of(
                    new IndexModel(Indexes.ascending("leadAuthority"), new IndexOptions().name("by_lead")),
                    new IndexModel(Indexes.ascending("members"), new IndexOptions().name("by_member")))),
            // UnitDirectory: an authority's units, its tourism unit
            new Indexed("units", List.of(new IndexModel(Indexes.compoundIndex(Indexes.ascending("authorityId"),
                    Indexes.ascending("kind")), new IndexOptions().name("by_authority")))),
            // Successions: the succession a predecessor went into
            new Indexed("successions", List.of(new IndexModel(Indexes.ascending("predecessorIds"),
                    new IndexOptions().name("by_predecessor")))));

    StoreIndexes(MongoDatabase database) {
        super(database, INDEXES);
    }
}
