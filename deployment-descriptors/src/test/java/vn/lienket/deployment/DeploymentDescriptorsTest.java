package vn.lienket.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.lienket.support.messaging.MessagingProperties;

/**
 * docker-compose.yml and deploy/kubernetes/ against what the services read. Docker and a cluster cannot
 * run on the build machines, so this is what stands between a descriptor and a service that never
 * becomes healthy for a misspelt variable, a wrong port or a probe of a path it does not serve.
 */
class DeploymentDescriptorsTest {

    private final Catalogue catalogue = Repository.catalogue();
    private final ComposeFile compose = ComposeFile.load(Repository.root().resolve("docker-compose.yml"));

    @Test
    void composeAgreesWithWhatTheServicesRead() {
        List<String> violations = ComposeCheck.violations(catalogue, compose, catalogue.text(".dockerignore"));

        assertThat(violations).isEmpty();
    }

    @Test
    void kubernetesManifestsAgreeWithWhatTheServicesRead() {
        Manifests manifests = Manifests.load(Repository.root().resolve("deploy/kubernetes"));

        List<String> violations = KubernetesCheck.violations(catalogue, manifests, compose);

        assertThat(violations).isEmpty();
        assertThat(manifests.resources()).hasSizeGreaterThan(20);
    }

    /** The check is only as good as what it reads of the services: it must see their variables, ports and health. */
    @Test
    void theCatalogueReadsTheServicesOwnFiles() {
        Deployable plan = catalogue.byImage("lienket/plan-service").orElseThrow();
        Deployable identity = catalogue.byImage("lienket/identity-provider").orElseThrow();
        Deployable smsc = catalogue.byImage("lienket/smsc-simulator").orElseThrow();

        assertThat(plan.mustBeSet()).contains("KAFKA_BOOTSTRAP", "STORE_URI", "IDENTITY_JWKS");
        assertThat(plan.reads("LIENKET_SEED")).isTrue();
        assertThat(plan.reads("LIENKET_LOG_FORMAT")).as("named in an import of service-defaults.yml").isTrue();
        assertThat(plan.reads("SMTP_HOST")).isFalse();
        assertThat(plan.ports(Map.of())).containsExactly(8081);
        assertThat(plan.ports(Map.of("PORT", "9181"))).containsExactly(9181);
        assertThat(plan.healthPaths(Map.of())).contains("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .doesNotContain("/actuator/ready");
        assertThat(identity.ports(Map.of())).containsExactly(9000);
        assertThat(identity.reads("LIENKET_MESSAGING_REPLICATION_FACTOR")).as("identity runs no messaging").isFalse();
        assertThat(smsc.ports(Map.of())).containsExactlyInAnyOrder(2775, 8026);
        assertThat(smsc.mustBeSet()).containsExactly("SMSC_API_HOST");
        assertThat(smsc.healthPaths(Map.of())).contains("/health");
    }

    static List<String> replicationFactorSpellings() {
        return List.copyOf(SpringDeployable.environmentNames("lienket.messaging.replication-factor"));
    }

    /** The environment spellings this test accepts for a bound property are ones Spring Boot binds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("replicationFactorSpellings")
    void aBoundPropertysEnvironmentNameIsOneSpringBinds(String variable) {
        assertThat(bind(Map.of(variable, "3")).replicationFactor()).isEqualTo((short) 3);
    }

    @Test
    void composeGivesTheServicesTopicsThreeReplicas() {
        Map<String, Object> env = new HashMap<>(compose.services().get("plan-service-1").env());

        assertThat(bind(env).replicationFactor()).isEqualTo((short) 3);
    }

    private static MessagingProperties bind(Map<String, Object> environment) {
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
        return binder.bindOrCreate("lienket.messaging", MessagingProperties.class);
    }
}
