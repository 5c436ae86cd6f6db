package vn.lienket.console.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.api.Gateway;

/**
 * The records each service parked ({@code /api/operations/{service}/dead-letters}) and their
 * re-drive. One service away does not hide the others': its part carries the problem instead.
 */
@Component
class ParkedRecords {

    /** The services that park records, in the order the page shows them. */
    static final List<String> SERVICES = List.of("plan-service", "province-service", "notification-service");

    private final Gateway gateway;

    ParkedRecords(Gateway gateway) {
        this.gateway = gateway;
    }

    /** A parked record as listed: where it came from, why it was parked, and its re-drives. */
    record Parked(String id, String topic, int partition, long offset, String listener, String eventId, String type,
                  String subject, String reason, String failure, String parkedAt, String status, int redrives,
                  String redrivenAt, String redrivenBy) {

        static Parked of(JsonNode e) {
            return new Parked(e.path("id").asString(), e.path("topic").asString(""), e.path("partition").asInt(),
                    e.path("offset").asLong(), e.path("listener").asString(""), e.path("eventId").asString(""),
                    e.path("type").asString(""), e.path("subject").asString(""), e.path("reason").asString(""),
                    e.path("failure").asString(""), e.path("parkedAt").asString(""), e.path("status").asString(""),
                    e.path("redrives").asInt(), e.path("redrivenAt").asString(""), e.path("redrivenBy").asString(""));
        }

        public boolean parked() {
            return "PARKED".equals(status);
        }
    }

    /**
     * One service's part of the page.
     *
     * @param topics how many records are still parked, per topic (for "re-drive all of a topic")
     * @param more there are more than one page holds
     * @param problem why the service could not be read, or null
     */
    record ServiceRecords(String service, List<Parked> records, Map<String, Long> topics, boolean more, ApiProblem problem) {
    }

    /** Every service's records of that status ({@code PARKED}, {@code REDRIVEN}; null: all), newest first. */
    List<ServiceRecords> all(String status) {
        return SERVICES.stream().map(s -> of(s, status)).toList();
    }

    private ServiceRecords of(String service, String status) {
        try {
            ApiResponse page = status == null
                    ? gateway.get("/api/operations/{s}/dead-letters?limit=200", service)
                    : gateway.get("/api/operations/{s}/dead-letters?status={st}&limit=200", service, status);
            List<Parked> records = page.body().valueStream().map(Parked::of).toList();
            Map<String, Long> topics = new TreeMap<>();
            records.stream().filter(Parked::parked).forEach(r -> topics.merge(r.topic(), 1L, Long::sum));
            return new ServiceRecords(service, records, topics, page.next() != null, null);
        } catch (ApiProblem.Refused refused) {
            return new ServiceRecords(service, List.of(), Map.of(), false, refused.problem());
        }
    }

    /** Runs one record again through the listener that parked it: its outcome (REDRIVEN, FAILED_AGAIN…). */
    JsonNode redrive(String service, String id) {
        return gateway.send(HttpMethod.POST, "/api/operations/{s}/dead-letters/{id}/redrive", null, null,
                known(service), id).body();
    }

    /** Runs every parked record of the topic again: the count of each outcome. */
    JsonNode redriveTopic(String service, String topic) {
        return gateway.send(HttpMethod.POST, "/api/operations/{s}/dead-letters/redrive?topic={t}", null, null,
                known(service), topic).body();
    }

    /** Only the three services: a form cannot send the gateway elsewhere. */
    static String known(String service) {
        if (!SERVICES.contains(service)) {
            throw new ApiProblem.Refused(ApiProblem.local(400, "invalid-input", "service", "is required"));
        }
        return service;
    }
}
