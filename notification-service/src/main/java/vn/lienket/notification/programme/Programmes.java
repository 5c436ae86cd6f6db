package vn.lienket.notification.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.IntegrationEvent;
import vn.lienket.contracts.MasterPlanVersionPublished;
import vn.lienket.contracts.ProgrammeEvent;
import vn.lienket.contracts.ProgrammeMembership;
import vn.lienket.contracts.ProgrammeSnapshot;
import vn.lienket.support.store.Documents;
import vn.lienket.support.time.VietnamTime;

/**
 * Which authority leads which members, and which plans are whose. Lead and members come from the
 * programme events, each carrying the whole programme, so the latest replaces what was known
 * ({@code members} holds every authority that was ever a member, so one that left still sees its
 * own deliveries; {@code memberships} holds their dates). Plans come from published versions,
 * which name their programme; a programme heard of only through a version (or the local seed)
 * takes its lead and members from there until its events arrive. The lead is read when a delivery
 * is read, not when it was made, so a programme whose lead rotates shows its log to the new lead.
 */
@Repository
public class Programmes {

    private final MongoCollection<Document> programmes;

    Programmes(MongoDatabase database) {
        this.programmes = database.getCollection("programmes");
    }

    /** A version names its plan's programme; it sets lead and members only for a programme not heard of otherwise. */
    public void record(MasterPlanVersionPublished event) {
        recordIfAbsent(event.programmeId(), event.leadAuthority(), event.members(), event.planId());
    }

    /** The programme as its latest event has it. Idempotent: a redelivered event writes the same. */
    public void record(ProgrammeEvent event) {
        ProgrammeSnapshot programme = event.programme();
        List<Document> memberships = programme.members().stream().map(Documents::toDocument).toList();
        List<String> members = programme.members().stream().map(ProgrammeMembership::authorityId).distinct().toList();
        programmes.updateOne(Filters.eq("_id", programme.programmeId()), Updates.combine(
                Updates.set("leadAuthority", programme.leadAuthority()), Updates.set("members", members),
                Updates.set("memberships", memberships), Updates.set("status", programme.status())),
                new UpdateOptions().upsert(true));
    }

    void recordIfAbsent(String programmeId, String leadAuthority, List<String> members, String planId) {
        programmes.updateOne(Filters.eq("_id", programmeId), Updates.combine(
                Updates.setOnInsert("leadAuthority", leadAuthority), Updates.setOnInsert("members", members),
                Updates.addToSet("plans", planId)), new UpdateOptions().upsert(true));
    }

    /**
     * Whether the event is about a member (its {@code memberId}, or {@code provinceId} for a
     * province's own events) that had left the event's programme by the day of the event: such an
     * event alerts no one. A membership that ended because the member merged into its successor
     * ({@code succeededBy}) does not count as leaving: from that day the event goes to the
     * successor. One rule for every event type, read from the event's own fields; an event
     * of a programme whose memberships are not known is not held back.
     */
    public boolean aboutFormerMember(IntegrationEvent event) {
        Document fields = Documents.toDocument(event);
        String programmeId = fields.getString("programmeId");
        String member = fields.get("memberId") instanceof String id ? id : fields.getString("provinceId");
        if (programmeId == null || member == null) {
            return false;
        }
        LocalDate day = VietnamTime.dateOf(event.occurredAt());
        List<ProgrammeMembership> periods = memberships(programmeId).stream()
                .filter(m -> m.authorityId().equals(member)).toList();
        // a member merged into another did not leave: its successor answers for it from that day
        return !periods.isEmpty() && periods.stream().noneMatch(m -> m.activeOn(day)
                || m.succeededBy() != null && m.leftOn() != null && !day.isBefore(m.leftOn()));
    }

    private List<ProgrammeMembership> memberships(String programmeId) {
        Document programme = programmes.find(Filters.eq("_id", programmeId)).first();
        if (programme == null) {
            return List.of();
        }
        return programme.getList("memberships", Document.class, List.of()).stream()
                .map(d -> Documents.fromDocument(d, ProgrammeMembership.class)).toList();
    }

    /** The programmes this authority leads. */
    public Set<String> ledBy(String authority) {
        return ids(programmes.find(Filters.eq("leadAuthority", authority)).into(new ArrayList<>()));
    }

    /** The programmes this authority is (or was) a member of (not those it only leads). */
    public Set<String> withMember(String authority) {
        return ids(programmes.find(Filters.eq("members", authority)).into(new ArrayList<>()));
    }

    /** The lead and the members of these programmes. */
    public Set<String> authoritiesOf(Set<String> programmeIds) {
        Set<String> authorities = new TreeSet<>();
        for (Document programme : programmes.find(Filters.in("_id", programmeIds)).into(new ArrayList<>())) {
            authorities.add(programme.getString("leadAuthority"));
            authorities.addAll(programme.getList("members", String.class, List.of()));
        }
        return authorities;
    }

    /** The programme a master plan belongs to, for an event that names its plan and not its programme. */
    public Optional<String> ofPlan(String planId) {
        return Optional.ofNullable(programmes.find(Filters.eq("plans", planId)).first()).map(d -> d.getString("_id"));
    }

    private static Set<String> ids(List<Document> found) {
        Set<String> ids = new TreeSet<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
