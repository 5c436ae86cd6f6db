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
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;
import vn.lienket.support.store.Documents;

/** The units of every authority and how to reach them. */
@Repository
public class UnitDirectory {

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

    public boolean exists(String unitId) {
        return units.find(Filters.eq("_id", unitId)).first() != null;
    }

    /** Adds a unit; false if one with its id exists. */
    boolean add(Unit unit) {
        try {
            units.insertOne(Documents.toDocument(unit));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces a unit; false if there is none with its id. */
    boolean replace(Unit unit) {
        return units.replaceOne(Filters.eq("_id", unit.id()), Documents.toDocument(unit)).getMatchedCount() == 1;
    }

    boolean remove(String unitId) {
        return units.deleteOne(Filters.eq("_id", unitId)).getDeletedCount() == 1;
    }

    /** Adds or replaces: for the seed and tests that change a unit's contacts. */
    public void save(Unit unit) {
        units.replaceOne(Filters.eq("_id", unit.id()), Documents.toDocument(unit),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }
}
