package vn.lienket.notification.link;

import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The short links an SMS carries, one document a console path ({@code _id} the path, {@code code}
 * under a unique index): a path keeps the code it was first given, and a code is one path's.
 */
@Repository
public class ShortLinks {

    private final MongoCollection<Document> links;

    ShortLinks(MongoDatabase database) {
        this.links = database.getCollection("short-links");
        links.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).name("code"));
    }

    /**
     * The path's code: the one it has, or else the first {@value ShortCode#LENGTH} characters of
     * its hash, one more for each shorter code another path holds already.
     */
    public String codeFor(String path) {
        for (int length = ShortCode.LENGTH; length <= ShortCode.MAX_LENGTH; length++) {
            Document known = links.find(Filters.eq("_id", path)).first();
            if (known != null) {
                return known.getString("code");
            }
            String code = ShortCode.of(path, length);
            try {
                links.insertOne(new Document("_id", path).append("code", code));
                return code;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // the path, given a code meanwhile (read next round), or the code, another path's: longer
            }
        }
        throw new IllegalStateException("No free short code for " + path);
    }

    /** The link a code stands for. */
    public Optional<ShortLink> find(String code) {
        return Optional.ofNullable(links.find(Filters.eq("code", code)).first())
                .map(d -> new ShortLink(d.getString("code"), d.getString("_id")));
    }

    /** Records a path under a code of its choosing (the way a collision comes about); false if either is taken. */
    boolean claim(String path, String code) {
        try {
            links.insertOne(new Document("_id", path).append("code", code));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
