package vn.lienket.console.deliveries;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static vn.lienket.console.api.Json.items;
import static vn.lienket.console.api.Json.text;

/**
 * One delivery as the log shows it: to whom (unit, recipient) and how (EMAIL, SMS), its status and
 * when, what failed and why (its last error and timeline), and whether this person may resend it
 * (FAILED, and they coordinate the programme it belongs to).
 */
public record DeliveryView(String id, String eventType, String programmeId, String planId, String authorityId,
                           String unitId, String channel, String recipient, String subject, String status, int attempts,
                           String createdAt, String updatedAt, String lastError, boolean urgent, List<Step> timeline,
                           boolean resendable) {

    public record Step(String status, String at, String detail) {
    }

    public static DeliveryView of(JsonNode d, Set<String> coordinatedProgrammes) {
        String status = text(d, "status");
        String programme = text(d, "programmeId");
        return new DeliveryView(text(d, "id"), text(d, "eventType"), programme, text(d, "planId"), text(d, "authorityId"),
                text(d, "unitId"), text(d, "channel"), text(d, "recipient"), text(d, "subject"), status,
                d.path("attempts").asInt(0), text(d, "createdAt"), text(d, "updatedAt"), text(d, "lastError"),
                d.path("urgent").asBoolean(false),
                items(d, "timeline").stream().map(s -> new Step(text(s, "status"), text(s, "at"), text(s, "detail"))).toList(),
                "FAILED".equals(status) && programme != null && coordinatedProgrammes.contains(programme));
    }

    public boolean failing() {
        return "FAILED".equals(status) || "RETRYING".equals(status) || "FAILED_OVER".equals(status);
    }
}
