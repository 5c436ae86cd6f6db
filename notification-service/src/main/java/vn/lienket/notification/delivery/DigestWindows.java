package vn.lienket.notification.delivery;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.notification.directory.Channel;

/**
 * Per unit and channel, the window in which further non-urgent alerts are held and then go as one
 * digest. The first alert after a quiet spell goes at once and opens a window; alerts inside it
 * wait for its end; while alerts keep coming, each window starts where the last one ended, so a
 * burst becomes at most one message per window.
 */
@Repository
class DigestWindows {

    private final MongoCollection<Document> windows;

    DigestWindows(MongoDatabase database) {
        this.windows = database.getCollection("digest_windows");
    }

    /** When an alert for this unit and channel, arriving now, may go: now, or the end of the open window. */
    long admit(String unitId, Channel channel, long now, long window) {
        if (window <= 0) {
            return now;
        }
        String id = unitId + "|" + channel;
        Document current = windows.find(Filters.eq("_id", id)).first();
        long openUntil = current == null ? 0 : current.getLong("openUntil");
        boolean held = current != null && current.getBoolean("held", false);
        long release;
        if (now < openUntil) {
            release = openUntil;
        } else if (held && now < openUntil + window) {
            release = openUntil + window;
        } else {
            windows.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("openUntil", now + window)
                    .append("held", false), new ReplaceOptions().upsert(true));
            return now;
        }
        windows.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("openUntil", release).append("held", true),
                new ReplaceOptions().upsert(true));
        return release;
    }
}
