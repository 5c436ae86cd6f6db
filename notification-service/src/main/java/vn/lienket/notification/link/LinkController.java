package vn.lienket.notification.link;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.web.ApiException;

/** The short links of SMS alerts, as the console's {@code /l/{code}} resolves them. */
@RestController
class LinkController {

    private final ShortLinks links;

    LinkController(ShortLinks links) {
        this.links = links;
    }

    @Operation(summary = "The console path a short link stands for (any caller)",
            description = "An SMS alert ends with {console}/l/{code}; the console reads the code's path here and "
                    + "redirects to that page. 404 not-found for a code no alert gave; 400 naming code when it is not "
                    + "7 to 43 letters and digits (base62).")
    @GetMapping("/api/notifications/links/{code}")
    ShortLink link(@Parameter(description = "The code, as the SMS has it: base62, 7 characters (longer after a collision)",
            example = "oCQkaQm") @PathVariable String code) {
        if (!ShortCode.wellFormed(code)) {
            throw ApiException.invalid("code", "A short code is 7 to 43 letters and digits (base62)");
        }
        return links.find(code).orElseThrow(() -> ApiException.notFound("No short link " + code));
    }
}
