package vn.lienket.plan.programme;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.EntityTags;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * Programmes and their members. Changes take an optional {@code If-Match} (the ETag of a read):
 * with it the change is made on that revision or refused with 412; without it, on the latest.
 */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeService service;

    ProgrammeController(ProgrammeService service) {
        this.service = service;
    }

    /** A new programme (platform admin): 201 with its Location and ETag; its id is the one given, else a slug of its name. */
    @PostMapping
    ResponseEntity<Programme> create(@Valid @RequestBody NewProgramme request) {
        Versioned<Programme> created = service.create(request, Caller.current());
        return ResponseEntity.created(URI.create("/api/programmes/" + created.value().id()))
                .eTag(EntityTags.of(created.revision())).body(created.value());
    }

    /** The programmes the caller leads or is or was a member of (a platform admin: all), in the order of their ids. */
    @GetMapping
    ResponseEntity<List<Programme>> list(@RequestParam(required = false) Integer limit,
                                         @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return Page.slice(service.list(Caller.current()), page, Programme::id).toResponse();
    }

    @GetMapping("/{programmeId}")
    ResponseEntity<Programme> programme(@PathVariable String programmeId) {
        return withEtag(service.read(programmeId, Caller.current()));
    }

    /** Adds a member from {@code joinedOn} (default today): the lead's coordinator or a platform admin. */
    @PostMapping("/{programmeId}/members")
    ResponseEntity<Programme> addMember(@PathVariable String programmeId,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody NewMember member) {
        return withEtag(service.join(programmeId, member, ifMatch, Caller.current()));
    }

    /** Records that a member leaves from {@code from} (default today); its membership is kept with the day it left. */
    @DeleteMapping("/{programmeId}/members/{authorityId}")
    ResponseEntity<Programme> removeMember(@PathVariable String programmeId, @PathVariable String authorityId,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(service.leave(programmeId, authorityId, from, ifMatch, Caller.current()));
    }

    /** Makes the programme read-only: no new members, no new plans. */
    @PostMapping("/{programmeId}/archive")
    ResponseEntity<Programme> archive(@PathVariable String programmeId,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withEtag(service.archive(programmeId, ifMatch, Caller.current()));
    }

    /** Every change of the programme, newest first, a page at a time: its lead's coordinator or a platform admin. */
    @GetMapping("/{programmeId}/audit")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable String programmeId, @RequestParam(required = false) Integer limit,
                                           @RequestParam(required = false) String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        return service.audit(programmeId, page, Caller.current()).toResponse();
    }

    private static ResponseEntity<Programme> withEtag(Versioned<Programme> programme) {
        return ResponseEntity.ok().eTag(EntityTags.of(programme.revision())).body(programme.value());
    }
}
