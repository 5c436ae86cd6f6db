package vn.lienket.console.documents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.lienket.console.api.Download;

/** A document the API exported, streamed back to the browser with the API's type and file name. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(Download download) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(download.contentType() == null || "null".equals(download.contentType())
                        ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(download.contentType()))
                .contentLength(download.content().length);
        if (download.disposition() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, download.disposition());
        }
        return response.body(download.content());
    }

    /** The formats the API exports; anything else is refused by the API, naming {@code format}. */
    static String format(String requested) {
        return requested == null || requested.isBlank() ? "pdf" : requested.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
