package vn.lienket.notification.directory;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
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

    public Optional<Unit> tourismUnitOf(String authorityId) {
        return units.find(Filters.and(Filters.eq("authorityId", authorityId), Filters.eq("kind", UnitKind.TOURISM_UNIT.name())))
                .map(d -> Documents.fromDocument(d, Unit.class)).into(new java.util.ArrayList<>())
                .stream().findFirst();
    }

    public List<Unit> of(String authorityId) {
        return units.find(Filters.eq("authorityId", authorityId))
                .map(d -> Documents.fromDocument(d, Unit.class)).into(new java.util.ArrayList<>());
    }

    public Optional<Unit> find(String unitId) {
        return Optional.ofNullable(units.find(Filters.eq("_id", unitId)).first())
                .map(d -> Documents.fromDocument(d, Unit.class));
    }

    public boolean exists(String unitId) {
        return units.find(Filters.eq("_id", unitId)).first() != null;
    }

    public void save(Unit unit) {
        units.replaceOne(Filters.eq("_id", unit.id()), Documents.toDocument(unit), new ReplaceOptions().upsert(true));
    }
}
