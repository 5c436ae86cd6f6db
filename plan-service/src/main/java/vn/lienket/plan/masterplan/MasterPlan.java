package vn.lienket.plan.masterplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.lienket.contracts.SectionSnapshot;

/**
 * A lead authority's plan for a period, e.g. 350/KH-UBND; its draft is what the next version will
 * publish. {@code year} is the year it was issued in: with the number it names the document.
 *
 * @param status {@link #OPEN}, or {@link #CLOSED} once the lead closed it: read-only from then on
 * @param membersAtClose the programme's members when the plan was closed (the lead not among them),
 *                       null while it is open: a closed plan keeps its members as they were, whatever
 *                       successions or changes of members come after
 */
public record MasterPlan(
        String id,
        String programmeId,
        String number,
        String title,
        String issuer,
        LocalDate issuedOn,
        int year,
        List<String> legalBases,
        String funding,
        PlanPeriod period,
        List<SectionSnapshot> draft,
        Instant draftUpdatedAt,
        String draftUpdatedBy,
        List<ReportingDeadline> reportingDeadlines,
        String status,
        Instant closedAt,
        String closedBy,
        List<String> membersAtClose) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    public MasterPlan {
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        draft = draft == null ? List.of() : List.copyOf(draft);
        reportingDeadlines = reportingDeadlines == null ? List.of() : List.copyOf(reportingDeadlines);
        status = status == null ? OPEN : status;
        membersAtClose = membersAtClose == null ? null : List.copyOf(membersAtClose);
    }

    /** A plan as stored before closing recorded its members (they are null then). */
    public MasterPlan(String id, String programmeId, String number, String title, String issuer, LocalDate issuedOn,
                      int year, List<String> legalBases, String funding, PlanPeriod period, List<SectionSnapshot> draft,
                      Instant draftUpdatedAt, String draftUpdatedBy, List<ReportingDeadline> reportingDeadlines,
                      String status, Instant closedAt, String closedBy) {
        this(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding, period, draft, draftUpdatedAt,
                draftUpdatedBy, reportingDeadlines, status, closedAt, closedBy, null);
    }

    /** An open plan with no period and at most one reporting deadline: the shape the seed builds. */
    public MasterPlan(String id, String programmeId, String number, String title, String issuer, LocalDate issuedOn,
                      int year, List<String> legalBases, String funding, List<SectionSnapshot> draft,
                      Instant draftUpdatedAt, String draftUpdatedBy, LocalDate reportingDeadline) {
        this(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding, null, draft, draftUpdatedAt,
                draftUpdatedBy, reportingDeadline == null ? List.of()
                        : List.of(new ReportingDeadline(ReportingDeadlines.DEFAULT_LABEL, reportingDeadline, null)),
                OPEN, null, null, null);
    }

    /** A new open plan with its header, first draft and deadlines. */
    static MasterPlan create(String id, String programmeId, PlanHeader header, List<SectionSnapshot> draft,
                             List<ReportingDeadline> deadlines, Instant at, String by) {
        return new MasterPlan(id, programmeId, header.number(), header.title(), header.issuer(), header.issuedOn(),
                header.issuedOn().getYear(), header.legalBases(), header.funding(), header.period(), draft, at, by,
                deadlines, OPEN, null, null, null);
    }

    public PlanHeader header() {
        return new PlanHeader(number, title, issuer, issuedOn, legalBases, funding, period);
    }

    @JsonIgnore
    public boolean isClosed() {
        return CLOSED.equals(status);
    }

    /** Every date members must have reported by, earliest first. */
    public List<ReportingDeadline.ReportingDate> reportingDates() {
        return reportingDeadlines.stream().flatMap(d -> d.dates(period, year).stream())
                .sorted(Comparator.comparing(ReportingDeadline.ReportingDate::date)).toList();
    }

    public MasterPlan withDraft(List<SectionSnapshot> sections, Instant at, String by) {
        return new MasterPlan(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding, period,
                sections, at, by, reportingDeadlines, status, closedAt, closedBy, membersAtClose);
    }

    /** The header replaced; the plan keeps its id, and its year follows the date of issue. */
    MasterPlan withHeader(PlanHeader header) {
        return new MasterPlan(id, programmeId, header.number(), header.title(), header.issuer(), header.issuedOn(),
                header.issuedOn().getYear(), header.legalBases(), header.funding(), header.period(), draft,
                draftUpdatedAt, draftUpdatedBy, reportingDeadlines, status, closedAt, closedBy, membersAtClose);
    }

    MasterPlan withReportingDeadlines(List<ReportingDeadline> deadlines) {
        return new MasterPlan(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding, period,
                draft, draftUpdatedAt, draftUpdatedBy, deadlines, status, closedAt, closedBy, membersAtClose);
    }

    /** The plan closed, with the programme's members at that moment (its lead not among them). */
    public MasterPlan closed(Instant at, String by, List<String> members) {
        return new MasterPlan(id, programmeId, number, title, issuer, issuedOn, year, legalBases, funding, period,
                draft, draftUpdatedAt, draftUpdatedBy, reportingDeadlines, CLOSED, at, by, List.copyOf(members));
    }
}
