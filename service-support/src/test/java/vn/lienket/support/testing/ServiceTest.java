package vn.lienket.support.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service test: the whole service on a random port, against an embedded Kafka broker and the
 * embedded store. Kept on one annotation so every test class of a module shares one broker. A test
 * that seeds (plan-service's {@code lienket.seed.enabled}) seeds the 2024 world, before the mergers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lienket.seed.world=2024")
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = ServiceTestInfrastructure.class)
public @interface ServiceTest {
}
