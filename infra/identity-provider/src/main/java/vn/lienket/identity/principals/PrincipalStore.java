package vn.lienket.identity.principals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.store.ConcurrentUpdateException;
import vn.lienket.support.store.Documents;
import vn.lienket.support.store.Versioned;

/**
 * The {@code principals} collection, one document per client or person. A change replaces the state
 * and appends its audit entry in the same single-document write, conditional on the revision it was
 * read at, so no change is stored without its audit and no change overwrites a newer one.
 */
@Component
class PrincipalStore {

    static final String REVISION = "revision";

    private final MongoCollection<Document> principals;

    PrincipalStore(MongoDatabase database) {
        this.principals = database.getCollection("principals");
    }

    /** Thrown when the id is taken: by a client or by a person. */
    static final class AlreadyTaken extends RuntimeException {
        AlreadyTaken(String id) {
            super(id + " is already a client or a person");
        }
    }

    Optional<Versioned<Principal>> find(String id) {
        return Optional.ofNullable(principals.find(Filters.eq("_id", id)).first())
                .map(d -> new Versioned<>(Documents.fromDocument(d, Principal.class), d.get(REVISION, Number.class).longValue()));
    }

    Optional<Versioned<Principal>> find(String id, Principal.Kind kind) {
        return find(id).filter(p -> p.value().kind() == kind);
    }

    List<Principal> all(Principal.Kind kind, Optional<String> tenant) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("kind", kind.name())));
        tenant.ifPresent(t -> filters.add(Filters.eq("tenant", t)));
        List<Principal> found = new ArrayList<>();
        principals.find(Filters.and(filters)).projection(Projections.exclude(AuditEntry.FIELD))
                .forEach(d -> found.add(Documents.fromDocument(d, Principal.class)));
        found.sort(Comparator.comparing(Principal::id));
        return found;
    }

    /** The subjects of every disabled client and person. */
    Set<String> disabledIds() {
        return principals.find(Filters.eq("disabled", true)).projection(Projections.include("_id"))
                .map(d -> d.getString("_id")).into(new HashSet<>());
    }

    boolean isDisabled(String id) {
        return principals.find(Filters.and(Filters.eq("_id", id), Filters.eq("disabled", true))).first() != null;
    }

    void insert(Principal principal, AuditEntry audit) {
        Document document = Documents.toDocument(principal);
        document.put(REVISION, 1L);
        document.put(AuditEntry.FIELD, List.of(audit.toDocument()));
        try {
            principals.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new AlreadyTaken(principal.id());
            }
            throw e;
        }
    }

    void update(Principal principal, long expectedRevision, AuditEntry audit) {
        Document state = Documents.toDocument(principal);
        state.remove("_id");
        Document update = new Document("$set", state).append("$inc", new Document(REVISION, 1L))
                .append("$push", new Document(AuditEntry.FIELD, audit.toDocument()));
        UpdateResult result = principals.updateOne(
                Filters.and(Filters.eq("_id", principal.id()), Filters.eq(REVISION, expectedRevision)), update);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdateException("Changed meanwhile: " + principal.id());
        }
    }

    /** One audit entry with the principal it is about. */
    record Audited(String subject, Principal.Kind kind, String subjectTenant, int index, AuditEntry entry) {
    }

    /** Every audit entry of the principals of one tenant (or of all), in no particular order. */
    List<Audited> audit(Optional<String> tenant) {
        Bson filter = tenant.map(t -> Filters.eq("tenant", t)).orElse(Filters.empty());
        List<Audited> entries = new ArrayList<>();
        principals.find(filter).projection(Projections.include("kind", "tenant", AuditEntry.FIELD)).forEach(d -> {
            List<Document> trail = d.getList(AuditEntry.FIELD, Document.class, List.of());
            for (int i = 0; i < trail.size(); i++) {
                entries.add(new Audited(d.getString("_id"), Principal.Kind.valueOf(d.getString("kind")),
                        d.getString("tenant"), i, AuditEntry.fromDocument(trail.get(i))));
            }
        });
        return entries;
    }
}
