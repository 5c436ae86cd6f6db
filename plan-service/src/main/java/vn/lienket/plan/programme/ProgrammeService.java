package vn.lienket.plan.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import vn.lienket.access.Roles;
import vn.lienket.contracts.AuthorityRef;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.ProgrammeArchived;
import vn.lienket.contracts.ProgrammeCreated;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMemberJoined;
import vn.lienket.contracts.ProgrammeMemberLeft;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.contracts.ProgrammeSuccessionApplied;
import vn.lienket.plan.authority.Authorities;
import vn.lienket.plan.authority.Authority;
import vn.lienket.plan.masterplan.MasterPlan;
import vn.lienket.plan.masterplan.MasterPlans;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.time.VietnamTime;
import vn.lienket.support.web.ApiException;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;
import vn.lienket.support.web.EntityTags;
import vn.lienket.text.VietnameseText;

/**
 * Creates programmes and changes their members, checking that the caller may and that the change
 * keeps the programme's rules. Each change is one write of the programme with its event (the whole
 * programme after it, with the register's entry of each authority) and its audit entry, so the
 * programme is never changed without every service being told. The seed creates programmes here too.
 */
@Service
public class ProgrammeService {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String SECTOR = "[a-z][a-z0-9-]*";
    private static final int RETRIES = 3;

    private final Programmes programmes;
    private final MasterPlans masterPlans;
    private final Authorities authorities;
    private final Clock clock;

    ProgrammeService(Programmes programmes, Authorities authorities, MasterPlans masterPlans, Clock clock) {
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.authorities = authorities;
        this.clock = clock;
    }

    /** A new programme, its members from the start of its period; who may create one is the access policy's to say. */
    public Versioned<Programme> create(NewProgramme request, Caller caller) {
        Programme programme = check(request);
        if (programmes.versioned(programme.id()).isPresent()) {
            throw conflict("id", "A programme " + programme.id() + " exists already");
        }
        Instant now = clock.instant();
        ProgrammeCreated event = new ProgrammeCreated(UUID.randomUUID().toString(), now, caller.principal(),
                snapshot(programme));
        try {
            programmes.create(programme, event, AuditEntry.by(caller, "programme.created", programme.name()
                    + "; lead " + programme.leadAuthority() + "; members " + String.join(", ", programme.members()), now));
        } catch (ConcurrentUpdateException e) {
            throw conflict("id", "A programme " + programme.id() + " exists already");
        }
        return new Versioned<>(programme, 1);
    }

    Versioned<Programme> read(String programmeId, Caller caller) {
        Versioned<Programme> programme = versioned(programmeId);
        return programme;
    }

    /** The programmes the caller may see, in the order of their ids. */
    List<Programme> list(Caller caller) {
        boolean all = caller.hasRole(Roles.PLATFORM_ADMIN);
        return programmes.all().stream().filter(p -> all || p.isParticipant(caller.tenant())).toList();
    }

    /** One page of the programme's trail, newest first. */
    Page<AuditEntry> audit(String programmeId, PageRequest page, Caller caller) {
        versioned(programmeId);
        return programmes.audit(programmeId, page);
    }

    Versioned<Programme> join(String programmeId, NewMember member, String ifMatch, Caller caller) {
        LocalDate joinedOn = member.joinedOn() == null ? VietnamTime.today(clock) : member.joinedOn();
        return change(programmeId, ifMatch, caller, programme -> {
            String authority = member.authorityId();
            if (authority == null || authority.isBlank()) {
                throw ProgrammeChangeRefused.invalid("authorityId", "authorityId is required");
            }
            if (authorities.validOn(authority, joinedOn).isEmpty()) {
                throw ProgrammeChangeRefused.invalid("authorityId", unknown(authority, joinedOn));
            }
            return programme.join(authority, joinedOn);
        }, (changed, by, at) -> new ProgrammeMemberJoined(UUID.randomUUID().toString(), at, by, member.authorityId(),
                joinedOn, snapshot(changed)), "member.joined", member.authorityId() + " from " + joinedOn);
    }

    Versioned<Programme> leave(String programmeId, String authorityId, LocalDate from, String ifMatch, Caller caller) {
        LocalDate leftOn = from == null ? VietnamTime.today(clock) : from;
        return change(programmeId, ifMatch, caller, programme -> programme.leave(authorityId, leftOn),
                (changed, by, at) -> new ProgrammeMemberLeft(UUID.randomUUID().toString(), at, by, authorityId, leftOn,
                        snapshot(changed)), "member.left", authorityId + " from " + leftOn);
    }

    public Versioned<Programme> archive(String programmeId, String ifMatch, Caller caller) {
        return change(programmeId, ifMatch, caller, Programme::archive,
                (changed, by, at) -> new ProgrammeArchived(UUID.randomUUID().toString(), at, by, snapshot(changed)),
                "programme.archived", "read-only from now on");
    }

    /**
     * Applies a succession to every programme a predecessor has a part in (see
     * {@link Programme#succeed}): each changed programme is one write with its
     * {@link ProgrammeSuccessionApplied} and audit entry. Idempotent: a succession applied already
     * changes nothing and sends nothing, so a redelivered or replayed event is harmless.
     *
     * @return the programmes it changed now
     */
    public List<Programme> applySuccession(AuthoritySucceeded succession) {
        List<Programme> changed = new ArrayList<>();
        for (Programme programme : programmes.all()) {
            applySuccession(programme.id(), succession).ifPresent(changed::add);
        }
        return changed;
    }

    private Optional<Programme> applySuccession(String programmeId, AuthoritySucceeded succession) {
        String successor = succession.successor().id();
        List<String> predecessors = succession.predecessorIds();
        LocalDate day = succession.effectiveOn();
        for (int attempt = 1; ; attempt++) {
            Versioned<Programme> current = versioned(programmeId);
            Programme changed = current.value().succeed(successor, predecessors, day);
            if (changed.equals(current.value())) {
                return Optional.empty();
            }
            List<String> parts = current.value().partsOf(predecessors, day);
            Instant now = clock.instant();
            List<String> openPlans = masterPlans.ofProgramme(programmeId).stream().filter(p -> !p.isClosed())
                    .map(MasterPlan::id).toList();
            ProgrammeSuccessionApplied event = new ProgrammeSuccessionApplied(UUID.randomUUID().toString(), now,
                    succession.by(), succession.successionId(), successor, parts, day, openPlans, snapshot(changed));
            try {
                programmes.update(changed, current.revision(), event, AuditEntry.byEvent(succession,
                        "programme.succession-applied", String.join(", ", parts) + " succeeded by " + successor
                                + " from " + day + "; lead " + changed.leadAuthority(), now));
                return Optional.of(changed);
            } catch (ConcurrentUpdateException e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    private interface EventOf {
        ProgrammeEvent of(Programme changed, String by, Instant at);
    }

    /**
     * Applies a change to the programme as stored, by its lead's coordinator or a platform admin.
     * With {@code If-Match} the change is made on that revision or not at all (412); without one,
     * on the latest, checked again if another change got in first.
     */
    private Versioned<Programme> change(String programmeId, String ifMatch, Caller caller, UnaryOperator<Programme> change,
                                        EventOf event, String action, String detail) {
        for (int attempt = 1; ; attempt++) {
            Versioned<Programme> current = versioned(programmeId);
            if (ifMatch != null) {
                EntityTags.require(ifMatch, current.revision());
            }
            Programme changed;
            try {
                changed = change.apply(current.value());
            } catch (ProgrammeChangeRefused e) {
                throw e.toProblem();
            }
            Instant now = clock.instant();
            try {
                programmes.update(changed, current.revision(), event.of(changed, caller.principal(), now),
                        AuditEntry.by(caller, action, detail, now));
                return new Versioned<>(changed, current.revision() + 1);
            } catch (ConcurrentUpdateException e) {
                if (ifMatch != null) {
                    throw EntityTags.stale(ifMatch);
                }
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** The programme a valid request describes, or a 4xx problem naming the first field that is wrong. */
    private Programme check(NewProgramme request) {
        if (request.name() == null || request.name().isBlank()) {
            throw ApiException.invalid("name", "name is required");
        }
        String id = request.id() == null ? slugOf(request.name()) : request.id();
        if (!id.matches(SLUG) || id.length() > 80) {
            throw ApiException.invalid(request.id() == null ? "name" : "id",
                    "id must be a slug of lower-case letters, digits and hyphens, at most 80 long, not " + id);
        }
        List<String> sectors = checkSectors(request.sectors());
        NewProgramme.Period period = request.period();
        if (period == null || period.from() == null) {
            throw ApiException.invalid("period.from", "period.from, the day the programme starts, is required");
        }
        if (period.to() != null && period.to().isBefore(period.from())) {
            throw ApiException.invalid("period.to", "the period ends on " + period.to() + ", before it starts on "
                    + period.from());
        }
        String lead = request.leadAuthority();
        if (lead == null || lead.isBlank()) {
            throw ApiException.invalid("leadAuthority", "leadAuthority is required");
        }
        if (authorities.validOn(lead, period.from()).isEmpty()) {
            throw ApiException.invalid("leadAuthority", unknown(lead, period.from()));
        }
        List<String> members = request.members() == null ? List.of() : request.members();
        Set<String> seen = new HashSet<>();
        List<ProgrammeMembership> memberships = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            String field = "members[" + i + "]";
            if (member == null || member.isBlank()) {
                throw ApiException.invalid(field, "a member is an authority id");
            }
            if (member.equals(lead)) {
                throw ApiException.invalid(field, member + " leads the programme; it cannot also be a member");
            }
            if (!seen.add(member)) {
                throw ApiException.invalid(field, member + " is listed twice");
            }
            if (authorities.validOn(member, period.from()).isEmpty()) {
                throw ApiException.invalid(field, unknown(member, period.from()));
            }
            memberships.add(new ProgrammeMembership(member, period.from(), null));
        }
        return new Programme(id, request.name().strip(), sectors, lead, memberships, period.from(), period.to(),
                Programme.ACTIVE);
    }

    private static List<String> checkSectors(List<String> sectors) {
        if (sectors == null || sectors.isEmpty()) {
            throw ApiException.invalid("sectors", "a programme has at least one sector, e.g. tourism");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sectors.size(); i++) {
            String sector = sectors.get(i);
            if (sector == null || !sector.matches(SECTOR) || sector.length() > 40) {
                throw ApiException.invalid("sectors[" + i + "]", "a sector is a lower-case word such as tourism, not " + sector);
            }
            if (!seen.add(sector)) {
                throw ApiException.invalid("sectors[" + i + "]", sector + " is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    /** {@code hcmc-mekong-2025} from "HCMC Mekong 2025": the name's words without diacritics, at most 60 long. */
    static String slugOf(String name) {
        String slug = VietnameseText.searchKey(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
            slug = slug.substring(0, Math.max(slug.lastIndexOf('-'), 1)).replaceAll("-+$", "");
        }
        return slug;
    }

    /** The programme as its events carry it, with the register's entry of its lead and of each member. */
    ProgrammeSnapshot snapshot(Programme programme) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(programme.leadAuthority());
        programme.memberships().forEach(m -> ids.add(m.authorityId()));
        List<AuthorityRef> refs = ids.stream().map(authorities::find).flatMap(Optional::stream)
                .map(Authority::toRef).toList();
        return new ProgrammeSnapshot(programme.id(), programme.name(), programme.sectors(), programme.leadAuthority(),
                programme.memberships(), programme.periodFrom(), programme.periodTo(), programme.status(), refs);
    }

    private Versioned<Programme> versioned(String programmeId) {
        return programmes.versioned(programmeId).orElseThrow(() -> ApiException.notFound("No programme " + programmeId));
    }

    private String unknown(String authority, LocalDate day) {
        return authorities.find(authority).isEmpty()
                ? "No authority " + authority + " in the register (GET /api/authorities)"
                : authority + " is not an authority on " + day;
    }

    private static ApiException conflict(String field, String detail) {
        return ProgrammeChangeRefused.conflict(field, detail).toProblem();
    }
}
