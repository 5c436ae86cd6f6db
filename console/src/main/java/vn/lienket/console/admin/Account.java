package vn.lienket.console.admin;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A client or a person as the identity provider lists them (never a secret or password).
 *
 * @param id the client id or the username
 */
record Account(String id, String tenant, List<String> roles, boolean disabled, String createdAt) {

    static Account client(JsonNode node) {
        return of(node, node.path("clientId").asString());
    }

    static Account person(JsonNode node) {
        return of(node, node.path("username").asString());
    }

    private static Account of(JsonNode node, String id) {
        return new Account(id, node.path("tenant").asString(""),
                node.path("roles").valueStream().map(JsonNode::asString).toList(),
                node.path("disabled").asBoolean(false), node.path("createdAt").asString(""));
    }

    public boolean platform() {
        return Tenants.PLATFORM.equals(tenant);
    }
}
