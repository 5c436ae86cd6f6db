package vn.lienket.plan.programme;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;
import vn.lienket.support.web.ApiException;

/** The programmes this plan service leads or serves. */
@Repository
public class Programmes {

    private final MongoCollection<Document> collection;

    Programmes(MongoDatabase database) {
        this.collection = database.getCollection("programmes");
    }

    public Optional<Programme> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d, Programme.class));
    }

    public Programme get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("No programme " + id));
    }

    public void save(Programme programme) {
        collection.replaceOne(Filters.eq("_id", programme.id()), Documents.toDocument(programme),
                new ReplaceOptions().upsert(true));
    }
}
