package vn.lienket.console.api;

import tools.jackson.databind.JsonNode;

/** An answer of the API: its body, the resource's {@code ETag} (for the next write's If-Match) and its {@code Location}. */
public record ApiResponse(JsonNode body, String etag, String location, String next) {
}
