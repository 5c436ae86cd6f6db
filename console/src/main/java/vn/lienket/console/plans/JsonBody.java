package vn.lienket.console.plans;

import tools.jackson.databind.json.JsonMapper;

/**
 * A write's body as UTF-8 JSON bytes, so it goes out with a Content-Length: the platform refuses a
 * chunked body (411 {@code length-required}), which is how a body serialised while it is sent goes.
 */
final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBody() {
    }

    static byte[] of(Object body) {
        return JSON.writeValueAsBytes(body);
    }
}
