package vn.lienket.support.store;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** The store contract on a real MongoDB replica set; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class AggregateStoreMongoContainerIT extends AggregateStoreContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Override
    String uri() {
        return MONGO.getReplicaSetUrl();
    }
}
