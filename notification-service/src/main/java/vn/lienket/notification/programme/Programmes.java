package vn.lienket.notification.programme;

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
import vn.lienket.contracts.MasterPlanVersionPublished;

/**
 * Which authority leads which members, and which plans are whose, as the published master plans
 * say. The lead is read when a delivery is read, not when it was made, so a programme whose lead
 * rotates shows its log to the new lead.
 */
@Repository
public class Programmes {

    private final MongoCollection<Document> programmes;

    Programmes(MongoDatabase database) {
        this.programmes = database.getCollection("programmes");
    }

    public void record(MasterPlanVersionPublished event) {
        record(event.programmeId(), event.leadAuthority(), event.members(), event.planId());
    }

    void record(String programmeId, String leadAuthority, List<String> members, String planId) {
        programmes.updateOne(Filters.eq("_id", programmeId), Updates.combine(Updates.set("leadAuthority", leadAuthority),
                Updates.set("members", members), Updates.addToSet("plans", planId)), new UpdateOptions().upsert(true));
    }

    /** The programmes this authority leads. */
    public Set<String> ledBy(String authority) {
        return ids(programmes.find(Filters.eq("leadAuthority", authority)).into(new ArrayList<>()));
    }

    /** The programmes this authority is a member of (not those it only leads). */
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
