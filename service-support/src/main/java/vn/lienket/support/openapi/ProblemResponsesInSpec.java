package vn.lienket.support.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * Every operation lists the problems it can answer, so a client knows them without reading the
 * code: those every call can meet, 412 and 428 where a write needs If-Match, 413 where there is a
 * body. An answer the operation already documents is left as it is.
 */
@Component
class ProblemResponsesInSpec implements GlobalOperationCustomizer {

    private static final Map<String, String> EVERY_CALL = ordered(
            "400", "The input is invalid; the problem names the field",
            "401", "No valid bearer token",
            "403", "The token's tenant or role may not do this",
            "404", "There is no such resource, or not for this tenant",
            "503", "A store or broker the service needs is away; nothing was changed, retry after Retry-After");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        EVERY_CALL.forEach((status, text) -> add(responses, status, text));
        if (has(handler, RequestBody.class)) {
            add(responses, "413", "The body is over the size limit (1 MB)");
        }
        if (needsIfMatch(handler)) {
            add(responses, "412", "The resource changed since the ETag given in If-Match; read it again");
            add(responses, "428", "The write needs If-Match with the ETag it was made on");
        }
        return operation.responses(responses);
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.PROBLEM)))));
        }
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(annotation));
    }

    private static boolean needsIfMatch(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .map(p -> p.getParameterAnnotation(RequestHeader.class))
                .anyMatch(h -> h != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(h.value())
                        || HttpHeaders.IF_MATCH.equalsIgnoreCase(h.name())));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
