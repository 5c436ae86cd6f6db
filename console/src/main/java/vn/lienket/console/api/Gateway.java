package vn.lienket.console.api;

import java.net.http.HttpClient;
import java.util.List;

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
import vn.lienket.console.signin.SignInAgain;
import vn.lienket.console.signin.SignedIn;

/**
 * The gateway's public API, called with the signed-in person's token: the console has no other
 * way into the platform. A refusal is thrown as {@link ApiProblem.Refused}; a 401 (the token
 * expired or was revoked) as {@link SignInAgain}; the gateway away as a 503 problem.
 */
@Component
public class Gateway {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Gateway.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A list longer than this many pages of 200 is not one a page shows whole. */
    private static final int MAX_PAGES = 50;
    private final RestClient client;
    private final SignedIn signedIn;

    Gateway(ConsoleProperties properties, SignedIn signedIn) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.apiTimeout()).build());
        factory.setReadTimeout(properties.apiTimeout());
        // every body goes whole, with its Content-Length: the gateway refuses a chunked one (411), which
        // is how a body serialised while it is sent (JSON, a multipart upload) would go
        this.client = RestClient.builder().baseUrl(properties.gatewayUrl())
                .requestFactory(new BufferingClientHttpRequestFactory(factory)).build();
        this.signedIn = signedIn;
    }

    /** {@code GET path}, the path a URI template whose variables are encoded ({@code /api/master-plans/{id}}). */
    public ApiResponse get(String path, Object... variables) {
        return call(HttpMethod.GET, path, variables, null, null, null);
    }

    /** A whole list, page after page of 200 (the API's largest), following each next page's cursor. */
    public List<JsonNode> list(String path, Object... variables) {
        List<JsonNode> all = new java.util.ArrayList<>();
        String paged = path + (path.contains("?") ? "&" : "?") + "limit=200";
        ApiResponse page = get(paged, variables);
        page.body().valueStream().forEach(all::add);
        for (int pages = 1; page.nextCursor() != null && pages < MAX_PAGES; pages++) {
            Object[] withCursor = java.util.Arrays.copyOf(variables, variables.length + 1);
            withCursor[variables.length] = page.nextCursor();
            page = get(paged + "&cursor={cursor}", withCursor);
            page.body().valueStream().forEach(all::add);
        }
        return all;
    }

    /** A write: {@code body} as JSON (none when null), {@code ifMatch} the ETag it was made on (none when null). */
    public ApiResponse send(HttpMethod method, String path, Object body, String ifMatch, Object... variables) {
        return call(method, path, variables, body, MediaType.APPLICATION_JSON, ifMatch);
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

    /** A file the API answers (an exported document), as it came. */
    public Download download(String path, Object... variables) {
        try {
            return client.get().uri(path, variables).headers(this::authorise).exchange((request, response) -> {
                byte[] content = response.getBody().readAllBytes();
                if (response.getStatusCode().isError()) {
                    throw refusal(response.getStatusCode().value(), content);
                }
                HttpHeaders headers = response.getHeaders();
                return new Download(content, String.valueOf(headers.getContentType()),
                        headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
            });
        } catch (ResourceAccessException e) {
            throw away(e);
        }
    }

    private ApiResponse call(HttpMethod method, String path, Object[] variables, Object body, MediaType type, String ifMatch) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(path, variables).headers(this::authorise)
                    .accept(MediaType.APPLICATION_JSON);
            if (ifMatch != null) {
                request.header(HttpHeaders.IF_MATCH, ifMatch);
            }
            if (body != null) {
                request.contentType(type).body(body);
            }
            return request.exchange((req, response) -> {
                byte[] content = response.getBody().readAllBytes();
                if (response.getStatusCode().isError()) {
                    throw refusal(response.getStatusCode().value(), content);
                }
                HttpHeaders headers = response.getHeaders();
                return new ApiResponse(content.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(content),
                        headers.getETag(), headers.getFirst(HttpHeaders.LOCATION), next(headers));
            });
        } catch (ResourceAccessException e) {
            throw away(e);
        }
    }

    private void authorise(HttpHeaders headers) {
        headers.setBearerAuth(signedIn.accessToken());
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

    /** The gateway did not answer: said in plain words; where it was and why stays in the log, not the page. */
    private static ApiProblem.Refused away(ResourceAccessException e) {
        log.warn("The gateway did not answer: {}", e.getMessage());
        return new ApiProblem.Refused(ApiProblem.local(503, "unavailable", null,
                "Liên Kết không trả lời trong lúc này."));
    }

    /** The next page's path from {@code Link: <…>; rel="next"}, or null. */
    private static String next(HttpHeaders headers) {
        String link = headers.getFirst(HttpHeaders.LINK);
        if (link == null || !link.contains("rel=\"next\"")) {
            return null;
        }
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }
}
