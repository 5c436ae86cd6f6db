package vn.lienket.plan.masterplan;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.lienket.contracts.SectionSnapshot;
import vn.lienket.plan.programme.Programme;
import vn.lienket.plan.programme.Programmes;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.security.Caller;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Versioned;
import vn.lienket.support.web.ApiException;

/**
 * Creates a programme's next plan as its lead authority does each year: the header, the reporting
 * deadlines and a first draft from a {@link DraftSource}. Every check is made before the one write
 * (the plan with its audit entry), so a refused request leaves nothing behind.
 */
@Service
public class MasterPlanCreation {

    private final MasterPlans masterPlans;
    private final Programmes programmes;
    private final Clock clock;
    private final Validator validator;

    MasterPlanCreation(MasterPlans masterPlans, Programmes programmes, Clock clock, Validator validator) {
        this.masterPlans = masterPlans;
        this.programmes = programmes;
        this.clock = clock;
        this.validator = validator;
    }

    /**
     * 404 for an unknown programme, 403 unless the lead's coordinator, 409 for an archived programme
     * or a number the programme already uses that year ({@code number}), 400 for a period that ends
     * before it starts ({@code period.to}) or a malformed deadline, 422 for a {@code copyOf} that is
     * not a published plan of this programme.
     */
    Versioned<MasterPlanView> create(String programmeId, CreatePlanRequest request, Caller caller) {
        return create(programmeId, request, request.copyOf() == null ? DraftSource.EMPTY
                : new CopyOfPlan(masterPlans, programmeId, request.copyOf(), request.renumbers()), caller);
    }

    /**
     * Creates a plan with the header and first draft a document gave ({@link DraftSource}'s third
     * source), under the same rules as {@link #create(String, CreatePlanRequest, Caller)} and a
     * draft replaced by {@code PUT …/draft}: a header field that fails them is a 400 naming it
     * ({@code header.title}), a draft field likewise ({@code sections[1].activities[2].code}),
     * checked before anything is written. Does not check whether {@code plan} is complete; the
     * caller says which fields a document lacked.
     */
    public Versioned<MasterPlanView> createImported(String programmeId, ImportedPlan plan, Caller caller) {
        CreatePlanRequest request = new CreatePlanRequest(plan.number(), plan.title(), plan.issuer(), plan.issuedOn(),
                plan.legalBases(), plan.funding(), plan.periodFrom() == null && plan.periodTo() == null ? null
                : new HeaderRequest.Period(plan.periodFrom(), plan.periodTo()), null, null, null);
        DraftRequest draft = new DraftRequest(plan.sections().stream().map(s -> new DraftRequest.Section(s.code(),
                s.title(), s.activities().stream().map(a -> new DraftRequest.Activity(a.code(), a.title(), a.theme(),
                        a.timeframe(), a.location(), a.leadUnit(), a.coordinatingUnits(), a.notes())).toList()))
                .toList());
        requireValid(validator.validate(request), "header.");
        requireValid(validator.validate(draft), "");
        List<SectionSnapshot> sections = draft.toSections();
        DraftRules.check(sections);
        return create(programmeId, request, () -> new DraftSource.Draft(sections, plan.origin()), caller);
    }

    /** 400 naming the first field that fails its constraint (as a request body's would), all of them listed. */
    private static void requireValid(Set<? extends ConstraintViolation<?>> violations, String prefix) {
        if (violations.isEmpty()) {
            return;
        }
        List<Map<String, Object>> errors = violations.stream()
                .map(v -> Map.<String, Object>of("field", prefix + v.getPropertyPath().toString()
                        .replace(".<list element>", "").replace(".<iterable element>", ""), "message", v.getMessage()))
                .sorted(Comparator.comparing(e -> (String) e.get("field")))
                .toList();
        String first = (String) errors.get(0).get("field");
        throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-input",
                first + " " + errors.get(0).get("message"), first, errors);
    }

    private Versioned<MasterPlanView> create(String programmeId, CreatePlanRequest request, DraftSource source,
                                             Caller caller) {
        Programme programme = programmes.get(programmeId);
        if (programme.archived()) {
            throw ApiException.conflict("Programme " + programmeId + " is archived; it takes no new plans");
        }
        PlanHeader header = request.toHeader();
        List<ReportingDeadline> deadlines = ReportingDeadlines.of(request.reportingDeadlines());
        PlanNumbers.requireFree(masterPlans, programmeId, header, null);
        DraftSource.Draft draft = source.draft();
        AuditEntry audit = AuditEntry.by(caller, "plan.created", header.number() + " from " + draft.origin(), clock.instant());
        MasterPlan plan = insert(idFor(header, programmeId), programmeId, header, draft, deadlines, caller, audit);
        return new Versioned<>(MasterPlanView.of(plan, null), 1);
    }

    /**
     * One write; if the id was taken meanwhile, by this programme it is the same number in the same
     * year (409 naming {@code number}), by another programme this plan takes the id with the programme's.
     */
    private MasterPlan insert(String id, String programmeId, PlanHeader header, DraftSource.Draft draft,
                              List<ReportingDeadline> deadlines, Caller caller, AuditEntry audit) {
        MasterPlan plan = MasterPlan.create(id, programmeId, header, draft.sections(), deadlines, clock.instant(),
                caller.principal());
        try {
            masterPlans.create(plan, audit);
            return plan;
        } catch (ConcurrentUpdateException e) {
            String retry = idFor(header, programmeId);
            if (retry.equals(id)) {
                throw PlanProblems.conflict("number", "Plan " + id + " exists already");
            }
            return insert(retry, programmeId, header, draft, deadlines, caller, audit);
        }
    }

    private String idFor(PlanHeader header, String programmeId) {
        String id = PlanNumbers.idOf(header.number(), header.issuedOn().getYear());
        return masterPlans.find(id).filter(p -> !p.value().programmeId().equals(programmeId))
                .map(p -> PlanNumbers.idInProgramme(header.number(), header.issuedOn().getYear(), programmeId))
                .orElse(id);
    }
}
