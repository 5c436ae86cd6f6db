package vn.lienket.notification.alert;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/** The message templates, and each rendered for a sample event: to read before changing the files. */
@RestController
class TemplateController {

    private final AlertComposer composer;

    TemplateController(AlertComposer composer) {
        this.composer = composer;
    }

    /** The template names, paged as every list is ({@code limit}, {@code cursor}; the next page in {@code Link}). */
    @GetMapping("/api/notifications/templates")
    ResponseEntity<List<String>> templates(@RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String cursor) {
        return Page.slice(AlertRules.TEMPLATES, PageRequest.of(limit, cursor), name -> name).toResponse();
    }

    @GetMapping("/api/notifications/templates/{name}/preview")
    Preview preview(@PathVariable String name) {
        return composer.preview(name).orElseThrow(() -> unknown(name));
    }

    /** The email's HTML as a mail reader would show it. */
    @GetMapping(value = "/api/notifications/templates/{name}/preview.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> previewHtml(@PathVariable String name) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(composer.preview(name).orElseThrow(() -> unknown(name)).html());
    }

    private static ApiException unknown(String name) {
        return ApiException.notFound("No template " + name + "; the templates are " + AlertRules.TEMPLATES);
    }
}
