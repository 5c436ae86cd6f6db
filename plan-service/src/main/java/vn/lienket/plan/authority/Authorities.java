package vn.lienket.plan.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.support.store.Documents;

/**
 * The register of authorities, kept in the store. It starts from the resource
 * {@value #SEED}: every entry the store lacks is added when the service starts, and one it has is
 * left as it is, so that a later change made in the store is never undone by a restart. The
 * successions recorded ({@link Successions}) are never written into these entries: each entry is
 * read with them applied, so a succession is one write and the register can never show half of one.
 */
@Repository
public class Authorities {

    static final String SEED = "authorities/provinces-before-2025.json";
    private static final Logger log = LoggerFactory.getLogger(Authorities.class);
    private static final Comparator<Authority> BY_CODE = Comparator.comparing(Authority::code).thenComparing(Authority::id);

    private final MongoCollection<Document> collection;
    private final Successions successions;

    Authorities(MongoDatabase database, Successions successions) {
        this.collection = database.getCollection("authorities");
        this.successions = successions;
        int added = 0;
        for (Authority authority : seed()) {
            added += addIfAbsent(authority) ? 1 : 0;
        }
        if (added > 0) {
            log.info("Added {} authorities to the register from {}", added, SEED);
        }
    }

    /** The entry with the successions it takes part in applied. */
    public Optional<Authority> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first())
                .map(d -> Documents.fromDocument(d, Authority.class))
                .map(a -> applied(a, successions.of(id)));
    }

    /** The authority with this id if it exists on this day. */
    public Optional<Authority> validOn(String id, LocalDate day) {
        return find(id).filter(a -> a.validOn(day));
    }

    /** Every authority, in the order of their codes. */
    public List<Authority> all() {
        List<AuthoritySuccession> recorded = successions.all();
        List<Authority> all = new ArrayList<>();
        collection.find().forEach(d -> {
            Authority authority = Documents.fromDocument(d, Authority.class);
            all.add(applied(authority, recorded.stream().filter(s -> s.concerns(authority.id())).toList()));
        });
        all.sort(BY_CODE);
        return all;
    }

    /**
     * Adds an authority the register does not hold yet (one write, a no-op when its id is there);
     * the seed adds a fixture's own authorities this way, e.g. the benchmarks' generated provinces.
     */
    public boolean addIfAbsent(Authority authority) {
        Document document = Documents.toDocument(authority);
        document.remove("_id");
        return collection.updateOne(Filters.eq("_id", authority.id()), new Document("$setOnInsert", document),
                new UpdateOptions().upsert(true)).getUpsertedId() != null;
    }

    /** The entry as the successions (in the order they take effect) leave it. */
    static Authority applied(Authority authority, List<AuthoritySuccession> successions) {
        Authority applied = authority;
        for (AuthoritySuccession succession : successions) {
            if (succession.successor().equals(authority.id())) {
                applied = applied.succeeding(succession);
            } else if (succession.predecessors().contains(authority.id())) {
                applied = applied.succeededBy(succession);
            }
        }
        return applied;
    }

    private record Register(List<Authority> authorities) {
    }

    static List<Authority> seed() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = Authorities.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("No authority register on the classpath: " + SEED);
            }
            return json.readValue(in, Register.class).authorities();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
