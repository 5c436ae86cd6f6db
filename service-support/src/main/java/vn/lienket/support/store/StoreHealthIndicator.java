package vn.lienket.support.store;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Health of the store by {@code ping}, which both MongoDB and the local stack's stand-in answer. */
class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;
    private final StoreProperties properties;

    StoreHealthIndicator(MongoClient client, StoreProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase(properties.database()).runCommand(new Document("ping", 1));
        builder.up().withDetail("database", properties.database());
    }
}
