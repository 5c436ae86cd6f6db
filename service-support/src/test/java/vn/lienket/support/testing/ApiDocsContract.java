package vn.lienket.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's {@code /v3/api-docs}, read without a token as any client would: valid OpenAPI 3.1,
 * with every endpoint the service maps, by path and method, so an endpoint added without showing
 * in the spec fails here; with the security schemes and the problem responses. Each service runs
 * it as a {@code @ServiceTest} subclass.
 */
public abstract class ApiDocsContract {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String json;
    private SwaggerParseResult parsed;

    @BeforeEach
    void readTheSpec() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        json = response.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIParser().readContents(json, null, options);
    }

    @Test
    void theSpecIsValidOpenApi31() {
        assertThat(parsed.getOpenAPI()).as("parsed").isNotNull();
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getInfo().getTitle()).startsWith("Liên Kết ");
    }

    @Test
    void everyEndpointTheServiceMapsIsInTheSpecWithItsMethod() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> mapped.addAll(calls(info)));
        Set<String> documented = new TreeSet<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method + " " + path)));

        assertThat(mapped).as("the service maps endpoints").isNotEmpty();
        assertThat(documented).containsAll(mapped);
    }

    @Test
    void everyOperationNamesItsSecurityAndItsProblems() {
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearer-jwt", "client-credentials");
        assertThat(api.getComponents().getSecuritySchemes().get("client-credentials").getFlows().getClientCredentials()
                .getTokenUrl()).endsWith("/oauth2/token");
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            for (String status : List.of("400", "401", "403", "404", "503")) {
                if (!problem(operation, status)) {
                    missing.add(method + " " + path + " " + status);
                }
            }
        }));
        assertThat(missing).as("operations without a problem response").isEmpty();
        assertThat(api.getSecurity()).isNotEmpty();
    }

    /** Path and method pairs the way OpenAPI writes them: {@code GET /api/x/{id}}, patterns' regexes dropped. */
    private static List<String> calls(RequestMappingInfo info) {
        Set<String> paths = info.getPatternValues();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> calls = new ArrayList<>();
        for (String path : paths) {
            if (path.startsWith("/v3/api-docs") || path.startsWith("/error") || path.startsWith("/actuator")) {
                continue;
            }
            String openApiPath = path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                calls.add(PathItem.HttpMethod.valueOf(method.name()) + " " + openApiPath);
            }
        }
        return calls;
    }

    private static boolean problem(Operation operation, String status) {
        return operation.getResponses() != null && operation.getResponses().get(status) != null
                && operation.getResponses().get(status).getContent() != null
                && operation.getResponses().get(status).getContent().containsKey("application/problem+json");
    }
}
