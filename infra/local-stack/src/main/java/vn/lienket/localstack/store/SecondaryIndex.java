package vn.lienket.localstack.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the store, which mongo-java-server would ignore: the string values of its
 * first field, each to the documents that hold it (every element of an array, as MongoDB's
 * multikey index). It lives in memory and is built from the collection when the store opens it,
 * so the file stays mongo-java-server's own.
 *
 * <p>It only narrows: {@link IndexedCollection} takes its {@link #candidates} for a query that asks
 * the field for a string or strings, and still matches the whole query against each, so what a
 * query answers is unchanged. A range, a sort or the fields after the first are left to that match.
 */
final class SecondaryIndex extends Index<Object> {

    private final String field;
    private final Map<String, Set<Object>> positionsByValue = new HashMap<>();
    /** How many documents hold a string in the field. */
    private long indexed;

    SecondaryIndex(String name, List<IndexKey> keys) {
        // sparse: a document without a string in the field is not in it, and the collection asks it no position
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    String field() {
        return field;
    }

    /** The positions of the documents whose field holds one of {@code values}. */
    synchronized Set<Object> candidates(Collection<String> values) {
        Set<Object> found = new HashSet<>();
        for (String value : values) {
            found.addAll(positionsByValue.getOrDefault(value, Set.of()));
        }
        return found;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<String> values = valuesOf(document);
        for (String value : values) {
            positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position);
        }
        if (!values.isEmpty()) {
            indexed++;
        }
    }

    /** Takes out the document as it is stored (its old version, on an update); its position is its {@code _id}. */
    @Override
    public synchronized Object remove(Document document) {
        Object position = document.get("_id");
        boolean removed = false;
        for (String value : valuesOf(document)) {
            Set<Object> positions = positionsByValue.get(value);
            if (positions != null && positions.remove(position)) {
                removed = true;
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
        if (!removed) {
            return null;
        }
        indexed--;
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!valuesOf(oldDocument).equals(valuesOf(newDocument))) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    private Set<String> valuesOf(Document document) {
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        Set<String> values = new HashSet<>();
        if (value instanceof String s) {
            values.add(s);
        } else if (value instanceof Collection<?> elements) {
            for (Object element : elements) {
                if (element instanceof String s) {
                    values.add(s);
                }
            }
        }
        return values;
    }

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index names a document's position
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: every document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: every update may be made
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // mongo-java-server's own lookup would take it as exact; IndexedCollection narrows with it
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("narrowed by candidates");
    }

    @Override
    public synchronized long getCount() {
        return indexed;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positionsByValue.clear();
        indexed = 0;
    }
}
