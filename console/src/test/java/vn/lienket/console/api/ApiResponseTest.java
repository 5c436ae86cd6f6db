package vn.lienket.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class ApiResponseTest {

    private static ApiResponse withNext(String next) {
        return new ApiResponse(JsonNodeFactory.instance.arrayNode(), null, null, next);
    }

    @Test
    void theNextPagesCursorIsReadFromTheApisLinkDecoded() {
        assertThat(withNext("/api/notifications/deliveries?limit=50&cursor=abc%3D%3D&plan=350").nextCursor()).isEqualTo("abc==");
    }

    @Test
    void thereIsNoCursorAtTheLastPage() {
        assertThat(withNext("/api/provinces/kien-giang/derived-plans/350/audit?limit=50").nextCursor()).isNull();
        assertThat(withNext(null).nextCursor()).isNull();
        assertThat(withNext("/api/master-plans/350/audit?cursor=").nextCursor()).isNull();
    }
}
