package vn.lienket.notification.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;
import vn.lienket.support.store.Versioned;

/**
 * The units of every authority and how to reach them. Each unit's document carries a
 * {@code revision}, its ETag: a change through the API names the revision it was made on, so a
 * stale edit cannot overwrite a newer one (a document from before revisions reads as revision 0).
 */
@Repository
public class UnitDirectory {

    static final String REVISION = "revision";

    private final MongoCollection<Document> units;

    UnitDirectory(MongoDatabase database) {
        this.units = database.getCollection("units");
    }

    /** The authority's tourism unit: the lead unit of its plans. */
    public Optional<Unit> tourismUnitOf(String authorityId) {
        return Optional.ofNullable(units.find(Filters.and(Filters.eq("authorityId", authorityId),
                Filters.eq("kind", UnitKind.TOURISM_UNIT.name()))).first()).map(d -> Documents.fromDocument(d, Unit.class));
    }

    public List<Unit> of(String authorityId) {
        return units.find(Filters.eq("authorityId", authorityId)).sort(Sorts.ascending("_id"))
                .map(d -> Documents.fromDocument(d, Unit.class)).into(new ArrayList<>());
    }

    /** The authority's unit a plan names, if exactly one answers to the name (see {@link UnitNames}). */
    public Optional<Unit> named(String authorityId, String name) {
        return UnitNames.resolve(of(authorityId), name);
    }

    /** Each of the names a plan gives, with the unit that answers to it if one does, from one read of the directory. */
    public Map<String, Optional<Unit>> named(String authorityId, List<String> names) {
        List<Unit> all = of(authorityId);
        Map<String, Optional<Unit>> found = new LinkedHashMap<>();
        names.forEach(name -> found.put(name, UnitNames.resolve(all, name)));
        return found;
    }

    public Optional<Unit> find(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first())
                .map(d -> Documents.fromDocument(d, Unit.class));
    }

    /** The unit with the revision a change of it must name. */
    Optional<Versioned<Unit>> findVersioned(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first())
                .map(d -> new Versioned<>(Documents.fromDocument(d, Unit.class), revisionOf(d)));
    }

    public boolean exists(String unitId) {
        return units.find(Filters.eq("_id", unitId)).first() != null;
    }

    /** Adds a unit at revision 1; false if one with its id exists. */
    boolean add(Unit unit) {
        try {
            units.insertOne(stored(unit, 1));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces the unit read at {@code revision}; false if it changed (or went) since. */
    boolean replace(Unit unit, long revision) {
        return units.replaceOne(atRevision(unit.id(), revision), stored(unit, revision + 1)).getMatchedCount() == 1;
    }

    /** Removes the unit read at {@code revision}; false if it changed (or went) since. */
    boolean remove(String unitId, long revision) {
        return units.deleteOne(atRevision(unitId, revision)).getDeletedCount() == 1;
    }

    /** Adds or replaces, whatever its revision: for the seed and tests that change a unit's contacts. */
    public void save(Unit unit) {
        long revision = findVersioned(unit.id()).map(Versioned::revision).orElse(0L);
        units.replaceOne(Filters.eq("_id", unit.id()), stored(unit, revision + 1), new ReplaceOptions().upsert(true));
    }

    private static Document stored(Unit unit, long revision) {
        return Documents.toDocument(unit).append(REVISION, revision);
    }

    private static Bson atRevision(String unitId, long revision) {
        Bson unchanged = revision == 0
                ? Filters.or(Filters.eq(REVISION, 0L), Filters.exists(REVISION, false))
                : Filters.eq(REVISION, revision);
        return Filters.and(Filters.eq("_id", unitId), unchanged);
    }

    private static long revisionOf(Document document) {
        Number revision = document.get(REVISION, Number.class);
        return revision == null ? 0 : revision.longValue();
    }
}
