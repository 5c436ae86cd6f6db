package vn.lienket.plan.authority;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;
import vn.lienket.text.VietnameseText;

/** The register, read by any caller with a token: it is reference data, the same for every tenant. */
@RestController
class AuthorityController {

    private final Authorities authorities;

    AuthorityController(Authorities authorities) {
        this.authorities = authorities;
    }

    /**
     * The authorities in the order of their codes, a page at a time; {@code kind} ({@code PROVINCE},
     * {@code CENTRAL_CITY}), {@code on} (valid on that day) and {@code q} (words of the name, typed
     * with or without diacritics; a name it had before a succession matches too) narrow the list. A
     * unit that was succeeded stays listed, with {@code validTo} and who succeeded it.
     */
    @GetMapping("/api/authorities")
    ResponseEntity<List<Authority>> list(@RequestParam(required = false) String kind,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                         @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 100) String q,
                                         @RequestParam(required = false) Integer limit,
                                         @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        Authority.Kind wanted = kind == null ? null : kind(kind);
        List<Authority> matching = authorities.all().stream()
                .filter(a -> wanted == null || a.kind() == wanted)
                .filter(a -> on == null || a.validOn(on))
                .filter(a -> q == null || q.isBlank() || a.names().stream().anyMatch(n -> VietnameseText.matches(n, q)))
                .toList();
        return Page.slice(matching, page, Authority::id).toResponse();
    }

    @GetMapping("/api/authorities/{authorityId}")
    Authority authority(@PathVariable String authorityId) {
        return authorities.find(authorityId).orElseThrow(() -> ApiException.notFound("No authority " + authorityId));
    }

    private static Authority.Kind kind(String kind) {
        try {
            return Authority.Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("kind", "kind is PROVINCE or CENTRAL_CITY, not " + kind);
        }
    }
}
