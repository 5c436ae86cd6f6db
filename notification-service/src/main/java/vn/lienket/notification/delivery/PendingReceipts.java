package vn.lienket.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * Receipts as they arrived, kept in the store until they are applied, so a restart loses none:
 * a receipt that found no delivery yet (it overtook the write of the message ids) is looked for
 * again after {@code dueAt}; one that never finds its delivery is parked here, visibly, with why.
 */
@Repository
class PendingReceipts {

    private final MongoCollection<Document> receipts;

    PendingReceipts(MongoDatabase database) {
        this.receipts = database.getCollection("receipts");
    }

    /** A receipt as stored: how often it was looked up, when next, and whether it was given up. */
    record PendingReceipt(String id, String messageId, boolean delivered, String state, Instant receivedAt, int lookups,
                          long dueAt, Instant parkedAt, String reason) {

        Receipt receipt() {
            return new Receipt(messageId, delivered, state);
        }
    }

    /** Keeps a receipt until it is applied; the same receipt twice is kept once. */
    void record(Receipt receipt, Instant now) {
        try {
            receipts.insertOne(Documents.toDocument(new PendingReceipt(receipt.messageId() + "|" + receipt.state(),
                    receipt.messageId(), receipt.delivered(), receipt.state(), now, 0, now.toEpochMilli(), null, null)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** Receipts to apply now: not parked, and due. */
    List<PendingReceipt> due(long now, int limit) {
        return receipts.find(Filters.and(Filters.eq("parkedAt", null), Filters.lte("dueAt", now)))
                .sort(Sorts.ascending("dueAt")).limit(limit)
                .map(d -> Documents.fromDocument(d, PendingReceipt.class)).into(new ArrayList<>());
    }

    void lookAgain(PendingReceipt receipt, long at) {
        receipts.updateOne(Filters.eq("_id", receipt.id()),
                Updates.combine(Updates.set("lookups", receipt.lookups() + 1), Updates.set("dueAt", at)));
    }

    void park(PendingReceipt receipt, Instant at, String reason) {
        receipts.updateOne(Filters.eq("_id", receipt.id()), Updates.combine(Updates.set("lookups", receipt.lookups() + 1),
                Updates.set("parkedAt", at.toString()), Updates.set("reason", reason)));
    }

    void applied(PendingReceipt receipt) {
        receipts.deleteOne(Filters.eq("_id", receipt.id()));
    }

    /** The receipts given up on, a page at a time, by id. */
    Page<PendingReceipt> parked(PageRequest request) {
        Bson parked = Filters.ne("parkedAt", null);
        Bson filter = request.after().map(after -> Filters.and(parked, Filters.gt("_id", after))).orElse(parked);
        return Page.of(receipts.find(filter).sort(Sorts.ascending("_id")).limit(request.limit() + 1)
                .map(d -> Documents.fromDocument(d, PendingReceipt.class)).into(new ArrayList<>()), request,
                PendingReceipt::id);
    }
}
