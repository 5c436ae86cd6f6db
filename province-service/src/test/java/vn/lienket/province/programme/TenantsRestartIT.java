package vn.lienket.province.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;
import vn.lienket.contracts.Topics;
import vn.lienket.province.ProvinceServiceApplication;
import vn.lienket.province.derivedplan.ProgrammeEvents;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.testing.ServiceTestInfrastructure;
import vn.lienket.support.testing.TestEvents;

/**
 * The tenants a programme event made are hosted again after a restart, before any event is read;
 * those another instance learnt of are hosted on the next rescan; a process that hosts one province
 * hosts no other.
 */
@EmbeddedKafka(partitions = 1)
class TenantsRestartIT {

    final String database = "lienket-province-restart-" + UUID.randomUUID().toString().substring(0, 8);
    ConfigurableApplicationContext service;

    ConfigurableApplicationContext start(String... settings) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(), "--lienket.store.database=" + database));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(ProvinceServiceApplication.class)
                .initializers(new ServiceTestInfrastructure()).run(args.toArray(String[]::new));
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aMemberHostedAtRunTimeIsHostedAgainAfterARestart() {
        String member = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        service = start();
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = service.getBean(KafkaTemplate.class);
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(
                ProgrammeEvents.programme("restart-programme-" + member, member)));
        await().atMost(Duration.ofSeconds(60)).until(() -> service.getBean(Tenants.class).hosts(member));
        service.close();

        service = start();
        Tenants tenants = service.getBean(Tenants.class);
        assertThat(tenants.hosts(member)).as("from the store, as the service started").isTrue();
        assertThat(tenants.tourismUnit(member)).isEqualTo("Sở Du lịch tỉnh " + member);
        assertThat(List.copyOf(tenants.ids())).contains(member);
    }

    @Test
    void aProcessThatHostsOnlyOneProvinceHostsItAloneWhenItJoins() {
        String hosted = "only-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
        service = start("--lienket.province.only=" + hosted);
        Tenants tenants = service.getBean(Tenants.class);
        assertThat(tenants.ids()).as("a member of no programme yet").doesNotContain(hosted);
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = service.getBean(KafkaTemplate.class);
        TestEvents.send(kafka, Topics.PROGRAMMES, ProgrammeEvents.created(
                ProgrammeEvents.programme("only-programme-" + hosted, other, hosted)));

        await().atMost(Duration.ofSeconds(60)).until(() -> tenants.hosts(hosted));
        assertThat(tenants.hosts(other)).isFalse();
        assertThat(tenants.admits(other)).isFalse();
    }

    @Test
    void aMemberAnotherInstanceLearntOfIsHostedHereOnTheNextRescan() {
        String member = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        service = start("--lienket.province.rescan=300ms");
        Tenants tenants = service.getBean(Tenants.class);

        // what the instance that consumed the event stored, in the store both instances share
        service.getBean(Programmes.class).record(ProgrammeEvents.created(
                ProgrammeEvents.programme("elsewhere-programme-" + member, member)));

        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.hosts(member));
    }
}
