package vn.lienket.identity.principals;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
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

/**
 * The people of a tenant, for its {@code authority-admin} or a platform admin
 * ({@link IdentityAccess#requireMayManagePeopleOf}); and each person's own password.
 */
@RestController
@RequestMapping("/api/identity/people")
class PeopleController {

    private final PersonRegistry people;

    PeopleController(PersonRegistry people) {
        this.people = people;
    }

    record Roles(List<String> roles) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /** 201 with the person, its ETag and a first password shown this once; 409 naming {@code username} when taken. */
    @PostMapping
    ResponseEntity<PersonRegistry.Created> create(@RequestBody PersonRegistry.NewPerson person) {
        PersonRegistry.Created created = people.create(Caller.current(), person);
        return ResponseEntity.created(URI.create("/api/identity/people/" + created.person().username()))
                .eTag(EntityTags.of(created.revision())).body(created);
    }

    /** The caller's tenant's people; a platform admin may name a {@code tenant}, or none for everyone. */
    @GetMapping
    List<PersonRegistry.PersonView> list(@RequestParam(required = false) String tenant) {
        return people.list(Caller.current(), tenant);
    }

    @GetMapping("/{username}")
    ResponseEntity<PersonRegistry.PersonView> get(@PathVariable String username) {
        return withTag(people.get(Caller.current(), username));
    }

    /** Replaces the person's roles; needs {@code If-Match} with the ETag read (428 without, 412 when stale). */
    @PutMapping("/{username}/roles")
    ResponseEntity<PersonRegistry.PersonView> setRoles(@PathVariable String username, @RequestBody Roles roles,
                                                       @RequestHeader(name = EntityTags.HEADER, required = false) String ifMatch) {
        return withTag(people.setRoles(Caller.current(), username, roles.roles(), ifMatch));
    }

    /** No sign-in from now on; tokens already issued are refused everywhere within the list's refresh. */
    @PostMapping("/{username}/disable")
    ResponseEntity<PersonRegistry.PersonView> disable(@PathVariable String username) {
        return withTag(people.disable(Caller.current(), username));
    }

    /** The caller's own password, with the current one as proof: 204. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@RequestBody PasswordChange change) {
        people.changeOwnPassword(Caller.current(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<PersonRegistry.PersonView> withTag(Versioned<PersonRegistry.PersonView> person) {
        return ResponseEntity.ok().eTag(EntityTags.of(person.revision())).body(person.value());
    }
}
