package vn.lienket.console.plans;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON as the API answers it, written in a test with single quotes. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static JsonNode of(String singleQuoted) {
        return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    }
}
