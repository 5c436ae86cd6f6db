package vn.lienket.notification.delivery;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;

/** The delivery log; its {@code _id} (event, unit, channel) is what makes a delivery happen once. */
@Repository
class Deliveries {

    private final MongoCollection<Document> collection;

    Deliveries(MongoDatabase database) {
        this.collection = database.getCollection("deliveries");
    }

    /** Records a new delivery; false if this (event, unit, channel) was recorded before. */
    boolean add(Delivery delivery) {
        try {
            collection.insertOne(Documents.toDocument(delivery));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Deliveries whose time has come: queued, waiting for a retry, or claimed by a round that never finished. */
    List<Delivery> due(long now, int limit) {
        Bson filter = Filters.and(
                Filters.in("status", DeliveryStatus.QUEUED.name(), DeliveryStatus.RETRYING.name(), DeliveryStatus.SENDING.name()),
                Filters.lte("dueAt", now));
        return collection.find(filter).sort(Sorts.ascending("dueAt")).limit(limit)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
    }

    /** Moves a delivery on, only if nobody else moved it since it was read. */
    boolean replace(Delivery read, Delivery next) {
        Document document = Documents.toDocument(next);
        return collection.replaceOne(Filters.and(Filters.eq("_id", read.id()), Filters.eq("status", read.status().name()),
                Filters.eq("attempts", read.attempts()), Filters.eq("dueAt", read.dueAt())), document)
                .getMatchedCount() == 1;
    }

    java.util.Optional<Delivery> find(String id) {
        return java.util.Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d, Delivery.class));
    }

    List<Delivery> find(Bson filter, int limit) {
        return collection.find(filter).sort(Sorts.ascending("createdAt")).limit(limit)
                .map(d -> Documents.fromDocument(d, Delivery.class)).into(new ArrayList<>());
    }
}
