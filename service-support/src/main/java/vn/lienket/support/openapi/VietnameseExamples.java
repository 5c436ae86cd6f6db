package vn.lienket.support.openapi;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Examples for the key writes, in the words of the plans they come from. They are kept here, by
 * method and path, rather than as annotations on the request records, so the records stay plain;
 * a service shows those of its own paths, and an example whose path is gone is simply not shown.
 */
@Component
class VietnameseExamples implements GlobalOpenApiCustomizer {

    static final Map<String, String> BODIES = Map.of(
            "POST /api/master-plans/{planId}/versions",
            "{\"revisionDueDate\":\"2026-12-15\",\"summary\":\"Chuyển hoạt động 2.3 về Vĩnh Long\"}",
            "PUT /api/master-plans/{planId}/draft/activities/{code}",
            "{\"code\":\"2.3\",\"title\":\"Không gian kết nối du lịch TP. Hồ Chí Minh và các tỉnh ĐBSCL\","
                    + "\"timeframe\":\"Quý II/2024\",\"location\":\"Tỉnh Vĩnh Long\"}",
            "POST /api/provinces/{provinceId}/derived-plans/{masterPlanId}/versions",
            "{\"resolutions\":[{\"changeId\":\"2.3@v2\",\"decision\":\"ADOPT\"},"
                    + "{\"changeId\":\"3.1@v2\",\"decision\":\"ADAPT\","
                    + "\"note\":\"Giữ địa điểm tại Phú Quốc vì đã ký hợp đồng với đơn vị tổ chức\"}]}",
            "POST /api/notifications/authorities/{authority}/units",
            "{\"key\":\"bao-phu-quoc\",\"name\":\"Báo Phú Quốc\",\"kind\":\"NEWSPAPER\","
                    + "\"email\":\"toasoan@baophuquoc.example\",\"mobile\":\"+84912345678\","
                    + "\"channels\":[\"EMAIL\",\"SMS\"],\"smsWithoutDiacritics\":true,"
                    + "\"quietHours\":{\"start\":\"21:30\",\"end\":\"06:30\"}}");

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        BODIES.forEach((call, example) -> {
            String[] methodAndPath = call.split(" ", 2);
            PathItem path = api.getPaths().get(methodAndPath[1]);
            Operation operation = path == null ? null
                    : path.readOperationsMap().get(PathItem.HttpMethod.valueOf(methodAndPath[0]));
            if (operation != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                MediaType json = operation.getRequestBody().getContent().get("application/json");
                if (json != null) {
                    json.setExample(parse(example));
                }
            }
        });
    }

    private static Object parse(String json) {
        try {
            return Json.mapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An example that is not JSON: " + json, e);
        }
    }
}
