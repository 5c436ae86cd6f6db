package vn.lienket.notification.programme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.MasterPlanVersionPublished;

/**
 * Which authority leads which members, as the published master plans say: the delivery log shows
 * a lead authority its members' deliveries and nobody else's.
 */
@Repository
public class Programmes {

    private final MongoCollection<Document> programmes;

    Programmes(MongoDatabase database) {
        this.programmes = database.getCollection("programmes");
    }

    public void record(MasterPlanVersionPublished event) {
        record(event.programmeId(), event.leadAuthority(), event.members());
    }

    void record(String programmeId, String leadAuthority, List<String> members) {
        programmes.replaceOne(Filters.eq("_id", programmeId), new Document("_id", programmeId)
                .append("leadAuthority", leadAuthority).append("members", members), new ReplaceOptions().upsert(true));
    }

    /** The authority itself and the members of every programme it leads. */
    public Set<String> overseenBy(String authority) {
        Set<String> overseen = new LinkedHashSet<>();
        overseen.add(authority);
        for (Document programme : programmes.find(Filters.eq("leadAuthority", authority)).into(new ArrayList<>())) {
            overseen.addAll(programme.getList("members", String.class, List.of()));
        }
        return overseen;
    }
}
