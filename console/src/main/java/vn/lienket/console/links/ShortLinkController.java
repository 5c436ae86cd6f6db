package vn.lienket.console.links;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;

/**
 * {@code /l/{code}}, the link in an SMS: the person signs in first (every page needs one), then the
 * code is resolved by {@code GET /api/notifications/links/{code}} and they are sent to its page.
 * An unknown code, or one that would lead off this console, is a Vietnamese "not found" page (404).
 */
@Controller
class ShortLinkController {

    private static final Logger log = LoggerFactory.getLogger(ShortLinkController.class);
    private final Gateway gateway;

    ShortLinkController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/l/{code}")
    ModelAndView follow(@PathVariable String code, HttpServletResponse response) {
        Optional<String> path = Optional.empty();
        if (ConsolePath.wellFormedCode(code)) {
            try {
                String answered = gateway.get("/api/notifications/links/{code}", code).body().path("path").asString(null);
                path = ConsolePath.of(answered);
                if (path.isEmpty()) {
                    log.warn("short link {} names {}, which is not a path of the console; not followed", code,
                            answered == null ? null : answered.replaceAll("\\p{Cntrl}", "?"));
                }
            } catch (ApiProblem.Refused refused) {
                if (refused.problem().status() != 404) {
                    throw refused;
                }
            }
        }
        if (path.isPresent()) {
            RedirectView redirect = new RedirectView(path.get(), true);
            redirect.setExpandUriTemplateVariables(false);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return new ModelAndView("links/not-found").addObject("code", code);
    }
}
