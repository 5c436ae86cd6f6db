package vn.lienket.console.derived;

import java.net.http.HttpClient;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.lienket.console.ConsoleProperties;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.ApiResponse;
import vn.lienket.console.signin.SignInAgain;
import vn.lienket.console.signin.SignedIn;

/**
 * The member pages' writes to the gateway, as {@code api.Gateway#send} and {@code #upload} but
 * with the body buffered so it goes with a Content-Length: the gateway refuses a chunked body
 * (411 length-required), which is how a JSON or multipart body streams from the JDK client
 * otherwise. A stand-in until {@code Gateway} buffers its request bodies itself (see the report);
 * it answers and refuses exactly as {@code Gateway} does.
 */
@Component
public class Writes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient client;
    private final SignedIn signedIn;

    Writes(ConsoleProperties properties, SignedIn signedIn) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.apiTimeout()).build());
        factory.setReadTimeout(properties.apiTimeout());
        this.client = RestClient.builder().baseUrl(properties.gatewayUrl())
                .requestFactory(new BufferingClientHttpRequestFactory(factory)).build();
        this.signedIn = signedIn;
    }

    /** A write: {@code body} as JSON (none when null), {@code ifMatch} the ETag it was made on (none when null). */
    public ApiResponse send(HttpMethod method, String path, Object body, String ifMatch, Object... variables) {
        return call(method, path, variables, body == null ? null : JSON.writeValueAsBytes(body), MediaType.APPLICATION_JSON,
                ifMatch);
    }

    /** A file upload as the part {@code file}, as the document imports take it. */
    public ApiResponse upload(String path, String fileName, byte[] content, Object... variables) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return call(HttpMethod.POST, path, variables, parts, MediaType.MULTIPART_FORM_DATA, null);
    }

    private ApiResponse call(HttpMethod method, String path, Object[] variables, Object body, MediaType type, String ifMatch) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(path, variables)
                    .headers(h -> h.setBearerAuth(signedIn.accessToken())).accept(MediaType.APPLICATION_JSON);
            if (ifMatch != null && !ifMatch.isBlank()) {
                request.header(HttpHeaders.IF_MATCH, ifMatch);
            }
            if (body != null) {
                request.contentType(type).body(body);
            }
            return request.exchange((req, response) -> {
                byte[] content = response.getBody().readAllBytes();
                int status = response.getStatusCode().value();
                if (response.getStatusCode().isError()) {
                    throw refusal(status, content);
                }
                HttpHeaders headers = response.getHeaders();
                return new ApiResponse(content.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(content),
                        headers.getETag(), headers.getFirst(HttpHeaders.LOCATION), null);
            });
        } catch (ResourceAccessException e) {
            throw new ApiProblem.Refused(ApiProblem.of(503, JsonNodeFactory.instance.objectNode()
                    .put("type", "urn:lienket:problem:unavailable").put("detail", String.valueOf(e.getMessage()))));
        }
    }

    private static RuntimeException refusal(int status, byte[] content) {
        if (status == 401) {
            return new SignInAgain();
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(content);
        } catch (RuntimeException notJson) {
            problem = JsonNodeFactory.instance.objectNode().put("detail", "HTTP " + status);
        }
        return new ApiProblem.Refused(ApiProblem.of(status, problem));
    }
}
