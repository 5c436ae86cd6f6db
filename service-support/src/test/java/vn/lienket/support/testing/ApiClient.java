package vn.lienket.support.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls an API as a client system would: JSON over HTTP with a bearer token. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Uploads and downloads of documents: written or read in seconds, not milliseconds. */
    private static final Duration DOCUMENTS = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public ApiClient(String base) {
        this.base = base;
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response put(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token, String... headers) {
        return send(request(path, token, headers).DELETE());
    }

    /**
     * Uploads a file as a browser's form does (see {@link Multipart}).
     */
    public Response upload(String path, String token, String fileName, byte[] content, String... headers) {
        return postForm(path, token, Multipart.file(fileName, content), headers);
    }

    /** POSTs a multipart form made by {@link Multipart}, such as one with its file in another part. */
    public Response postForm(String path, String token, byte[] form, String... headers) {
        return send(request(path, token, headers).timeout(DOCUMENTS).header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)));
    }

    /**
     * POSTs a body made as it is sent, never held (a form of hundreds of MB), its length declared;
     * with {@code expectContinue} the client waits for the server's go-ahead before sending it.
     */
    public Response stream(String path, String token, String contentType, HttpRequest.BodyPublisher body,
            boolean expectContinue) {
        return send(request(path, token).timeout(Duration.ofSeconds(120)).expectContinue(expectContinue)
                .header("Content-Type", contentType).POST(body));
    }

    /** A response whose body is a file: its status, type, headers and bytes. */
    public record Download(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** GETs a file, such as an exported document. */
    public Download download(String path, String token) {
        HttpResponse<byte[]> response = exchange(request(path, token).timeout(DOCUMENTS).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A request with a bearer token (if any) and extra headers given as name, value pairs. */
    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
