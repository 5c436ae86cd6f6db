package vn.lienket.support.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreProperties properties) {
        long timeout = properties.timeout().toMillis();
        // No Stable ServerApi: the local stack's MongoDB-wire store does not accept one.
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(properties.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) timeout, TimeUnit.MILLISECONDS)
                        .readTimeout((int) (timeout * 3), TimeUnit.MILLISECONDS))
                .build();
        return MongoClients.create(settings);
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties) {
        if (properties.database() == null || properties.database().isBlank()) {
            throw new IllegalStateException("lienket.store.database must name the service's database");
        }
        return client.getDatabase(properties.database());
    }

    @Bean
    StoreHealthIndicator storeHealthIndicator(MongoClient client, StoreProperties properties) {
        return new StoreHealthIndicator(client, properties);
    }
}
