package vn.lienket.console.plans;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft edit refused because the draft changed after the person opened it (412): for the activity
 * they were editing, field by field, what it was when they opened it, what it is now, what they typed,
 * and what re-applying their edit writes: their value where they changed the field, the current one
 * where they did not, so nobody else's change is undone by accident.
 *
 * @param code the activity
 * @param current the activity now (null when it is gone: removed or moved meanwhile)
 * @param fields every field, changed or not, with the four values
 * @param etag the draft's current ETag, which the re-apply carries
 */
record DraftConflict(String code, Activity current, List<Field> fields, String etag) {

    /** One field: opened, now, typed, and what a re-apply keeps. */
    record Field(String name, String opened, String current, String mine, boolean changedByOthers, boolean changedByMe) {

        public String reapplied() {
            return changedByMe ? mine : current;
        }

        /** Both changed it, to different values: the person's wins on re-apply, so say so. */
        public boolean clash() {
            return changedByOthers && changedByMe && !java.util.Objects.equals(mine, current);
        }
    }

    static DraftConflict of(Activity opened, Activity current, Activity mine, String etag) {
        List<Field> fields = new ArrayList<>();
        for (String f : Activity.FIELDS) {
            String now = current == null ? null : current.value(f);
            fields.add(new Field(f, opened.value(f), now, mine == null ? null : mine.value(f),
                    current == null || !opened.sameAs(current, f), mine != null && !opened.sameAs(mine, f)));
        }
        return new DraftConflict(opened.code(), current, fields, etag);
    }

    public boolean gone() {
        return current == null;
    }

    /** The activity as it is now, for the re-apply form's {@code opened}: a second conflict compares with it. */
    public String currentOpened() {
        return current == null ? null : ActivityForm.opened(current);
    }

    /** The fields either side changed: the rows of the comparison. */
    public List<Field> changed() {
        return fields.stream().filter(f -> f.changedByOthers() || f.changedByMe()).toList();
    }

    /** The fields someone else changed since the person opened the activity. */
    public List<Field> changedByOthers() {
        return fields.stream().filter(Field::changedByOthers).toList();
    }

    /** The person's edit made again on the activity as it is now. */
    public Activity reapplied() {
        Activity result = current;
        for (Field f : fields) {
            result = result.with(f.name(), f.reapplied());
        }
        return result;
    }
}
