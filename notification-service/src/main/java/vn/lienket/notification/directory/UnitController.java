package vn.lienket.notification.directory;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.security.Caller;

@RestController
@RequestMapping("/api/notifications/authorities/{authority}/units")
class UnitController {

    private final UnitService service;

    UnitController(UnitService service) {
        this.service = service;
    }

    @GetMapping
    List<Unit> list(@PathVariable String authority) {
        return service.list(authority, Caller.current());
    }

    @GetMapping("/{unitId}")
    Unit get(@PathVariable String authority, @PathVariable String unitId) {
        return service.get(authority, unitId, Caller.current());
    }

    @PostMapping
    ResponseEntity<Unit> add(@PathVariable String authority, @Valid @RequestBody UnitRequest request) {
        Unit unit = service.add(authority, request, Caller.current());
        return ResponseEntity.created(URI.create("/api/notifications/authorities/" + authority + "/units/" + unit.id()))
                .body(unit);
    }

    @PutMapping("/{unitId}")
    Unit replace(@PathVariable String authority, @PathVariable String unitId, @Valid @RequestBody UnitRequest request) {
        return service.replace(authority, unitId, request, Caller.current());
    }

    @DeleteMapping("/{unitId}")
    ResponseEntity<Void> remove(@PathVariable String authority, @PathVariable String unitId) {
        service.remove(authority, unitId, Caller.current());
        return ResponseEntity.noContent().build();
    }
}
