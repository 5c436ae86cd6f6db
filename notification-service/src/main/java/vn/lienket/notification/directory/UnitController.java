package vn.lienket.notification.directory;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.web.PageRequest;

@RestController
@RequestMapping("/api/notifications/authorities/{authority}/units")
class UnitController {

    private final UnitService service;

    UnitController(UnitService service) {
        this.service = service;
    }

    /**
     * The authority's units by id, a page at a time ({@code limit}, {@code cursor}; the next page in
     * {@code Link}); {@code reviewPending=true} gives only the units moved in from a predecessor
     * and not yet reviewed.
     */
    @GetMapping
    ResponseEntity<List<Unit>> list(@PathVariable String authority, @RequestParam(required = false) Boolean reviewPending,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String cursor) {
        return service.list(authority, reviewPending, PageRequest.of(limit, cursor), Caller.current()).toResponse();
    }

    @GetMapping("/{unitId}")
    ResponseEntity<Unit> get(@PathVariable String authority, @PathVariable String unitId) {
        return tagged(ResponseEntity.ok(), service.get(authority, unitId, Caller.current()));
    }

    @PostMapping
    ResponseEntity<Unit> add(@PathVariable String authority, @Valid @RequestBody UnitRequest request) {
        Versioned<Unit> unit = service.add(authority, request, Caller.current());
        return tagged(ResponseEntity.created(URI.create("/api/notifications/authorities/" + authority + "/units/"
                + unit.value().id())), unit);
    }

    @PutMapping("/{unitId}")
    ResponseEntity<Unit> replace(@PathVariable String authority, @PathVariable String unitId,
                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody UnitRequest request) {
        return tagged(ResponseEntity.ok(), service.replace(authority, unitId, request, ifMatch, Caller.current()));
    }

    /**
     * A unit moved in from a predecessor, reviewed and kept as it is (If-Match its ETag); a
     * {@code PUT} of the unit clears the review too.
     */
    @PostMapping("/{unitId}/review")
    ResponseEntity<Unit> review(@PathVariable String authority, @PathVariable String unitId,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return tagged(ResponseEntity.ok(), service.review(authority, unitId, ifMatch, Caller.current()));
    }

    @DeleteMapping("/{unitId}")
    ResponseEntity<Void> remove(@PathVariable String authority, @PathVariable String unitId,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        service.remove(authority, unitId, ifMatch, Caller.current());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Unit> tagged(ResponseEntity.BodyBuilder response, Versioned<Unit> unit) {
        return response.eTag(EntityTags.of(unit.revision())).body(unit.value());
    }
}
