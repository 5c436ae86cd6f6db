package vn.lienket.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The check can fail: descriptors with deliberate mistakes (src/test/resources/wrong/, each mistake
 * marked WRONG on its line) are caught, each mistake by name.
 */
class WrongDescriptorsTest {

    private final Catalogue catalogue = Repository.catalogue();
    private final ComposeFile wrongCompose = ComposeFile.load(Repository.resource("wrong/docker-compose.yml"));

    @Test
    void aWrongComposeFileIsCaught() {
        List<String> violations = ComposeCheck.violations(catalogue, wrongCompose, catalogue.text(".dockerignore"));

        assertCaught(violations,
                // a variable no service reads, and one that must be set
                "compose plan-service: sets LIENKET_PLAN_CACHE_SIZE, which plan-service does not read",
                "compose province-service: leaves STORE_URI unset",
                "compose smsc: leaves SMSC_API_HOST unset",
                // ports
                "compose province-service: the health check asks port 8081, province-service serves its health on 8082",
                "compose gateway: PLAN_SERVICE_URI names plan-service:8082, which listens on [8081]",
                "compose console: publishes container port 8091, console listens on [8090]",
                // a health path the service does not serve
                "compose notification-service: the health check asks /actuator/healthz, which notification-service does not serve",
                // an image name
                "compose gateway: image lienket/api-gateway runs gateway, whose image is lienket/gateway",
                // the defects of the old file
                "compose console: no restart policy",
                "compose identity: mounts a volume at /keys, which the image's user 1000 does not own",
                "compose kafka-1: KAFKA_LOG_DIRS unset",
                "compose kafka-1: KAFKA_MIN_INSYNC_REPLICAS is 1, not 2",
                "compose: 1 Kafka node(s), not 3",
                "compose mongo: its health check does not wait for the replica set's primary",
                "compose: nothing initiates the replica set",
                "compose: 1 replica-set member(s), not 3",
                "compose plan-service: creates its topics with replication factor 1 (unset) on 1 brokers",
                // the sign-in page at an address the browser does not have
                "compose console: IDENTITY_ISSUER http://localhost:9000 is not the gateway's published address [8080]");
    }

    @Test
    void wrongKubernetesManifestsAreCaught() {
        Manifests manifests = Manifests.load(Repository.resource("wrong/kubernetes"));

        List<String> violations = KubernetesCheck.violations(catalogue, manifests, wrongCompose);

        assertCaught(violations,
                "Deployment plan-service (plan-service): sets PLAN_SERVICE_THREADS, which plan-service does not read",
                "Deployment plan-service (plan-service): STORE_URI is a credential given as a literal value",
                "Deployment plan-service (plan-service): the readiness probe asks /actuator/ready, which plan-service does not serve",
                "services.yaml: Deployment plan-service: unknown field(s) [periodSecond] in Probe",
                "Deployment plan-service (plan-service): 1 replica(s), not 2",
                "Service plan-service: port 8081 targets web, which no container of Deployment plan-service declares",
                "Deployment gateway (gateway): image lienket/gateway:latest is not tagged with the project's version",
                "Deployment gateway (gateway): image lienket/gateway is run by no service of docker-compose.yml",
                "Deployment gateway (gateway): declares container port 8088, gateway listens on [8080]",
                "Deployment gateway (gateway): no cpu and memory requests",
                "Deployment gateway (gateway): runs 2 replicas but LIENKET_GATEWAY_INSTANCES is unset (1)",
                "Deployment gateway: no PodDisruptionBudget selects its pods",
                "Deployment edge (edge): image lienket/api-gateway:0.1.0-SNAPSHOT is no deployable of the repository",
                "kustomization.yaml: no namespace",
                "kustomization.yaml: does not list extra.yaml");
    }

    private static void assertCaught(List<String> violations, String... expected) {
        for (String mistake : expected) {
            assertThat(violations).as("the violations found:%n  %s%nshould name: %s", String.join("\n  ", violations), mistake)
                    .anyMatch(violation -> violation.contains(mistake));
        }
    }
}
