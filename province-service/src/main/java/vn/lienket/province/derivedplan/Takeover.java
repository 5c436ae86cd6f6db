package vn.lienket.province.derivedplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import vn.lienket.contracts.DerivedPlanTakenOver;
import vn.lienket.contracts.PendingChange;
import vn.lienket.contracts.PlanChanges;
import vn.lienket.contracts.SectionSnapshot;

/**
 * How a successor takes over its predecessors' derived plans of one master plan. One source (a
 * predecessor's plan, the successor having none) becomes the successor's plan as it was: its
 * status, pending changes and due date carry over. Several (two predecessors, or a predecessor and
 * the successor's own) become one plan in {@link DerivedPlanStatus#CONSOLIDATING}: based on the most
 * recent base among them, told of the latest master version any of them was told of, with one
 * {@link Consolidation} per master activity and every local activity kept (a code already taken
 * gets the predecessor's id as a suffix). Every version, progress report and activity taken over
 * is marked with its {@code origin}; the successor's own keep theirs (none). Pure: the caller stores
 * the result with the predecessors' audit entries and the event, in one write.
 */
final class Takeover {

    private Takeover() {
    }

    /** One predecessor's plan to take over. */
    record Source(String predecessor, DerivedPlan plan) {
    }

    /** Which succession, and the programme's lead after it. */
    record Succession(String successionId, String successor, LocalDate effectiveOn, String leadAuthority) {
    }

    static DerivedPlanChange of(Succession succession, DerivedPlan own, List<Source> sources, Instant now) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("Nothing to take over");
        }
        DerivedPlan plan = own == null && sources.size() == 1
                ? single(succession, sources.get(0), now)
                : consolidated(succession, own, sources, now);
        long unsettled = plan.consolidation().stream().filter(c -> !c.settled()).count();
        return new DerivedPlanChange(plan, List.of(new DerivedPlanTakenOver(UUID.randomUUID().toString(), now,
                succession.successor(), plan.programmeId(), plan.leadAuthority(), plan.masterPlanId(),
                plan.masterPlanNumber(), plan.masterPlanTitle(), succession.successionId(),
                sources.stream().map(Source::predecessor).toList(), plan.status().name(), plan.basedOnVersion(),
                plan.latestMasterVersion(), plan.revisionDueDate(), plan.pendingChanges().size(), (int) unsettled)));
    }

    /** The one source is the successor's plan, as it stood. */
    private static DerivedPlan single(Succession succession, Source source, Instant now) {
        DerivedPlan p = source.plan();
        String from = source.predecessor();
        List<TakenOver> takenOver = new ArrayList<>(p.takenOver());
        takenOver.add(new TakenOver(from, succession.successionId(), succession.effectiveOn(), now, List.of()));
        return new DerivedPlan(p.id(), succession.successor(), p.programmeId(), succession.leadAuthority(),
                p.masterPlanId(), p.masterPlanNumber(), p.masterPlanTitle(), p.status(), p.derivedVersion(),
                p.basedOnVersion(), p.latestMasterVersion(), p.revisionDueDate(), p.baseMaster(), p.latestMaster(),
                p.pendingChanges(), p.activities().stream().map(a -> a.from(from)).toList(),
                p.history().stream().map(v -> v.takenOver(from)).toList(), now,
                p.progress().stream().map(r -> r.takenOver(r.activityCode(), from)).toList(), null,
                p.consolidation(), takenOver, null);
    }

    private static DerivedPlan consolidated(Succession succession, DerivedPlan own, List<Source> sources, Instant now) {
        String successor = succession.successor();
        // every source with its origin; the successor's own first, so its candidates and codes come first
        List<Source> all = new ArrayList<>();
        if (own != null) {
            all.add(new Source(successor, own));
        }
        all.addAll(sources);
        Source base = all.stream().max(Comparator.comparingInt(s -> s.plan().basedOnVersion())).orElseThrow();
        Source latest = all.stream().max(Comparator.comparingInt(s -> s.plan().latestMasterVersion())).orElseThrow();
        List<SectionSnapshot> baseMaster = base.plan().baseMaster();
        List<SectionSnapshot> latestMaster = latest.plan().latestMaster();
        int basedOn = base.plan().basedOnVersion();
        int latestVersion = latest.plan().latestMasterVersion();
        List<PendingChange> pending = latestVersion > basedOn ? DerivedPlan.pending(baseMaster, latestMaster, latestVersion)
                : List.of();
        LocalDate due = pending.isEmpty() ? null : all.stream().map(s -> s.plan().revisionDueDate())
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);

        // the master activities: one consolidation each, the candidates by origin
        Map<String, Map<String, DerivedActivity>> byMaster = new LinkedHashMap<>();
        for (Source source : all) {
            for (DerivedActivity a : source.plan().activities()) {
                if (a.masterCode() != null) {
                    byMaster.computeIfAbsent(a.masterCode(), c -> new LinkedHashMap<>())
                            .putIfAbsent(originOf(a, source, successor), a);
                }
            }
        }
        List<Consolidation> consolidation = new ArrayList<>();
        List<DerivedActivity> activities = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (var entry : byMaster.entrySet()) {
            Map<String, DerivedActivity> candidates = entry.getValue();
            List<Consolidation.Candidate> listed = candidates.entrySet().stream()
                    .map(c -> new Consolidation.Candidate(c.getKey(), c.getValue().localFields())).toList();
            DerivedActivity first = candidates.values().iterator().next();
            boolean agree = listed.stream().map(Consolidation.Candidate::fields).distinct().count() == 1;
            Consolidation c = new Consolidation(entry.getKey(), first.title(), listed, null, null, null, null);
            if (agree) {
                c = c.settle(listed.get(0).origin(), listed.get(0).fields(), "takeover", now);
            }
            consolidation.add(c);
            String origin = listed.get(0).origin();
            activities.add(first.withOrigin(origin.equals(successor) ? null : origin));
            codes.add(first.code());
        }
        codes.addAll(PlanChanges.byCode(latestMaster).keySet());
        codes.addAll(PlanChanges.byCode(baseMaster).keySet());

        // local activities kept with their origin; a code already taken gets the predecessor as a suffix
        Map<String, List<TakenOver.Renamed>> renamed = new LinkedHashMap<>();
        Map<String, Map<String, String>> codeMaps = new LinkedHashMap<>();
        for (Source source : all) {
            Map<String, String> codeMap = new LinkedHashMap<>();
            codeMaps.put(source.predecessor(), codeMap);
            for (DerivedActivity a : source.plan().activities()) {
                if (a.masterCode() != null) {
                    continue;
                }
                String code = a.code();
                if (!codes.add(code)) {
                    code = uniqueCode(a.code(), source.predecessor(), codes);
                    codes.add(code);
                    renamed.computeIfAbsent(source.predecessor(), k -> new ArrayList<>())
                            .add(new TakenOver.Renamed(a.code(), code));
                }
                codeMap.put(a.code(), code);
                DerivedActivity kept = source == all.get(0) && own != null ? a : a.from(source.predecessor());
                activities.add(kept.withCode(code));
            }
        }
        activities.sort((a, b) -> PlanChanges.BY_ACTIVITY_CODE.compare(a.code(), b.code()));

        // the successor's own versions keep their numbers (what links and events name); the
        // predecessors' follow, in the order they were published, each with its own number as originNumber
        List<DerivedVersion> history = new ArrayList<>();
        List<DerivedVersion> inherited = new ArrayList<>();
        for (Source source : all) {
            boolean mine = own != null && source == all.get(0);
            source.plan().history().forEach(v -> (mine ? history : inherited).add(v.takenOver(mine ? null : source.predecessor())));
        }
        inherited.sort(Comparator.comparing(DerivedVersion::publishedAt));
        for (DerivedVersion v : inherited) {
            history.add(v.number() == history.size() + 1 ? v : v.renumbered(history.size() + 1));
        }

        List<ProgressReport> progress = new ArrayList<>();
        for (Source source : all) {
            boolean mine = own != null && source == all.get(0);
            Map<String, String> codeMap = codeMaps.get(source.predecessor());
            source.plan().progress().forEach(r -> progress.add(
                    r.takenOver(codeMap.getOrDefault(r.activityCode(), r.activityCode()), mine ? null : source.predecessor())));
        }
        progress.sort(Comparator.comparing(ProgressReport::reportedAt, Comparator.nullsFirst(Comparator.naturalOrder())));

        List<TakenOver> takenOver = new ArrayList<>();
        all.forEach(s -> takenOver.addAll(s.plan().takenOver()));
        for (Source source : sources) {
            takenOver.add(new TakenOver(source.predecessor(), succession.successionId(), succession.effectiveOn(), now,
                    renamed.getOrDefault(source.predecessor(), List.of())));
        }
        DerivedPlan l = latest.plan();
        return new DerivedPlan(l.masterPlanId(), successor, l.programmeId(), succession.leadAuthority(), l.masterPlanId(),
                l.masterPlanNumber(), l.masterPlanTitle(), DerivedPlanStatus.CONSOLIDATING, history.size(), basedOn,
                latestVersion, due, baseMaster, latestMaster, pending, activities, history, now, progress, null,
                consolidation, takenOver, null);
    }

    /** The source an activity's fields came from: the predecessor, or the successor for its own. */
    private static String originOf(DerivedActivity activity, Source source, String successor) {
        return activity.origin() != null && !source.predecessor().equals(successor) ? activity.origin()
                : source.predecessor();
    }

    /** {@code L1} from hau-giang → {@code L1.haugiang}, then {@code L1.haugiang2}…, within the code's pattern. */
    static String uniqueCode(String code, String predecessor, Set<String> taken) {
        String suffix = predecessor.replaceAll("[^0-9A-Za-z]", "");
        suffix = suffix.length() > 9 ? suffix.substring(0, 9) : suffix;
        String candidate = code + "." + suffix;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = code + "." + suffix + n;
        }
        return candidate;
    }
}
