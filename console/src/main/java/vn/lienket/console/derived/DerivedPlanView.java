package vn.lienket.console.derived;

import java.util.List;

/**
 * A province's derived plan as its page shows it, read from the API's JSON by
 * {@link DerivedPlanReading}: the pending changes grouped by section, the activities grouped by
 * section with their deviations and progress, and, after a merger, what is left to consolidate.
 *
 * @param etag the plan's ETag when it was read: every form of the page carries it as If-Match
 */
public record DerivedPlanView(String provinceId, String planId, String number, String title, String programmeId,
                              String leadAuthority, String status, int derivedVersion, int basedOnVersion,
                              int latestMasterVersion, String revisionDueDate, boolean unpublishedEdits, boolean closed,
                              String archivedInto, String etag, List<ChangeGroup> changeGroups,
                              List<ActivityGroup> activityGroups, List<Consolidating> consolidation,
                              List<Integer> publishedVersions) {

    public DerivedPlanView {
        changeGroups = List.copyOf(changeGroups);
        activityGroups = List.copyOf(activityGroups);
        consolidation = List.copyOf(consolidation);
        publishedVersions = List.copyOf(publishedVersions);
    }

    public boolean revising() {
        return "REVISION_REQUIRED".equals(status) || "CONSOLIDATING".equals(status);
    }

    public boolean consolidating() {
        return "CONSOLIDATING".equals(status);
    }

    /** Nothing may be written: closed, or the archive of a province that merged into another. */
    public boolean readOnly() {
        return closed || archivedInto != null;
    }

    /** There is something to publish: a revision, or the province's own edits. */
    public boolean publishable() {
        return revising() || unpublishedEdits;
    }

    public List<PendingChange> pendingChanges() {
        return changeGroups.stream().flatMap(g -> g.changes().stream()).toList();
    }

    public List<Activity> activities() {
        return activityGroups.stream().flatMap(g -> g.activities().stream()).toList();
    }

    public long deviationCount() {
        return activities().stream().filter(Activity::deviates).count();
    }

    public long unjustifiedCount() {
        return activities().stream().filter(Activity::unjustified).count();
    }

    /** The pending changes of one section of the master plan. */
    public record ChangeGroup(String sectionCode, String sectionTitle, List<PendingChange> changes) {
    }

    /** One master change the province has to resolve: the activity, how it changed, each field old against new. */
    public record PendingChange(String changeId, String activityCode, String kind, String title, List<FieldChange> fields) {

        /** ADOPT and ADAPT always; DROP only for an activity the master removed, as the API allows. */
        public List<String> decisions() {
            return "REMOVED".equals(kind) ? List.of("ADOPT", "ADAPT", "DROP") : List.of("ADOPT", "ADAPT");
        }
    }

    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public record ActivityGroup(String sectionCode, String sectionTitle, List<Activity> activities) {
    }

    /**
     * One activity of the province's plan: its own fields, the master activity it follows (null for
     * a local one), where it deviates from it, and where it stands.
     */
    public record Activity(String code, String masterCode, String title, String theme, String timeframe, String location,
                           String leadUnit, List<String> coordinatingUnits, String notes, String justification,
                           String origin, MasterActivity master, List<Deviation> deviations, Progress progress) {

        public boolean local() {
            return masterCode == null;
        }

        public boolean deviates() {
            return !deviations.isEmpty();
        }

        /** Deviates, and has no justification: the API will refuse to publish it. */
        public boolean unjustified() {
            return deviations.stream().anyMatch(d -> !d.justified());
        }

        public boolean deviatesIn(String field) {
            return deviations.stream().anyMatch(d -> d.field().equals(field));
        }

        public String coordinatingUnitsText() {
            return String.join("\n", coordinatingUnits);
        }
    }

    /** What the master version the plan is based on says of the activity. */
    public record MasterActivity(String code, String title, String theme, String timeframe, String location) {
    }

    public record Deviation(String field, String masterValue, String localValue, boolean justified) {
    }

    /** An activity's reports, the newest first: the first is where it stands now. */
    public record Progress(List<Report> history) {

        public Report current() {
            return history.isEmpty() ? null : history.get(0);
        }
    }

    public record Report(String status, String asOf, String note, String reportedAt, String reportedBy, String origin) {
    }

    /** A master activity of a plan made of several after a merger: what each source had, and how it was settled. */
    public record Consolidating(String masterCode, String title, List<Candidate> candidates, String chosen, boolean settled,
                                String settledBy, String settledAt) {
    }

    public record Candidate(String origin, String leadUnit, List<String> coordinatingUnits, String theme, String timeframe,
                            String location, String notes) {

        /** The candidate's fields as the "own fields" form starts from them. */
        public LocalFieldsForm form() {
            return LocalFieldsForm.of(this);
        }
    }
}
