package vn.lienket.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.util.unit.DataSize;
import vn.lienket.support.testing.Multipart;
import vn.lienket.support.testing.RawClient;

/**
 * The body limit in front of a real Tomcat, over a real socket, without a service around it (and
 * so without the Kafka consumers a service test brings): a client that writes its whole body
 * before it reads, as Python's urllib does, reads the 413 problem instead of a reset.
 */
class BodyLimitOverSocketTest {

    WebServer tomcat;

    @AfterEach
    void stop() {
        tomcat.stop();
    }

    @Test
    void aClientThatWritesAWholeOverLimitBodyBeforeReadingReadsThe413Problem() throws Exception {
        // a 2 KB limit and a 16 MB drain bound, so that a 12 MB body is past both Tomcat's own 2 MB
        // swallow and what the loopback socket buffers hide (about 4 MB)
        start(new BodyLimit(DataSize.ofKilobytes(2), DataSize.ofKilobytes(8), DataSize.ofMegabytes(16), Duration.ofSeconds(10), DataSize.ofMegabytes(16), Duration.ofSeconds(10)));

        String response = RawClient.postWholeBodyThenRead(tomcat.getPort(), "/api/anything", null, 12 * 1024 * 1024);

        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":413");
    }

    @Test
    void aBodyWithinTheLimitGoesOn() throws Exception {
        start(new BodyLimit(DataSize.ofKilobytes(2), DataSize.ofKilobytes(8), DataSize.ofMegabytes(16), Duration.ofSeconds(10), DataSize.ofMegabytes(16), Duration.ofSeconds(10)));

        String response = RawClient.postWholeBodyThenRead(tomcat.getPort(), "/api/anything", null, 1024);

        assertThat(response).startsWith("HTTP/1.1 204");
    }

    @Test
    void anUploadMayBeLargerThanAJsonBodyAndOverItsOwnLimitIsA413NamingTheFile() throws Exception {
        start(new BodyLimit(DataSize.ofKilobytes(2), DataSize.ofKilobytes(8), DataSize.ofMegabytes(16), Duration.ofSeconds(10), DataSize.ofMegabytes(16), Duration.ofSeconds(10)));

        HttpResponse<String> within = upload(5 * 1024);
        HttpResponse<String> over = upload(9 * 1024);

        assertThat(within.statusCode()).isEqualTo(204);
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(over.body()).contains("urn:lienket:problem:document-too-large").contains("\"field\":\"file\"");
    }

    private HttpResponse<String> upload(int size) throws Exception {
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + tomcat.getPort() + "/api/imports"))
                .header("Content-Type", Multipart.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.file("plan.txt", file))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void start(BodyLimit limit) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        tomcat = factory.getWebServer(context -> {
            context.addFilter("bodyLimit", limit).addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
            context.addServlet("accepted", new HttpServlet() {
                @Override
                protected void doPost(HttpServletRequest request, HttpServletResponse response) {
                    response.setStatus(204);
                }
            }).addMapping("/*");
        });
        tomcat.start();
    }

}
