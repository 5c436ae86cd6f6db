package vn.lienket.notification.delivery;

import java.time.Instant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings deliveries recorded by an older version up to what the log needs, once, on start: a
 * delivery without its sort key would sort after every other and be out of reach of the next-page
 * links, and an SMS sent without a receipt deadline would wait for its receipt for ever. Deliveries
 * from before they carried their programme keep none: only their own authority sees them, since
 * which programme's lead may is not known.
 */
@Component
class DeliveryLogUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLogUpgrade.class);

    private final MongoCollection<Document> collection;
    private final DeliveryProperties properties;
    private final Deliveries deliveries;

    DeliveryLogUpgrade(MongoDatabase database, DeliveryProperties properties, Deliveries deliveries) {
        this.collection = database.getCollection("deliveries");
        this.properties = properties;
        this.deliveries = deliveries;
    }

    @Override
    public void run(ApplicationArguments args) {
        int upgraded = 0;
        for (Document old : collection.find(Filters.exists(Deliveries.ORDER, false))) {
            Instant created = Instant.parse(old.getString("createdAt"));
            var update = Updates.set(Deliveries.ORDER, created.toEpochMilli());
            boolean awaitsReceipt = DeliveryStatus.SENT.name().equals(old.getString("status"))
                    && !old.getList("smscIds", String.class, java.util.List.of()).isEmpty();
            if (awaitsReceipt) {
                Instant sent = Instant.parse(old.getString("updatedAt"));
                update = Updates.combine(update, Updates.set("dueAt", sent.plus(properties.receiptWait()).toEpochMilli()));
            }
            collection.updateOne(Filters.and(Filters.eq("_id", old.get("_id")), Filters.exists(Deliveries.ORDER, false)),
                    update);
            deliveries.requeue(old.getString("_id")); // its receipt deadline is work for the receipts' sweep
            upgraded++;
        }
        if (upgraded > 0) {
            log.info("{} deliveries from an older version given their log order and receipt deadline", upgraded);
        }
    }
}
