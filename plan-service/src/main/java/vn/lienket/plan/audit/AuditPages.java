package vn.lienket.plan.audit;

import java.util.ArrayList;
import java.util.List;

import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * A trail served newest first, a page at a time. An entry's key is its position in the trail
 * counted from the oldest: entries are only ever appended, so a key keeps naming the same entry
 * while newer ones arrive, and two entries of the same instant are still told apart.
 */
public final class AuditPages {

    private record Numbered(String key, AuditEntry entry) {
    }

    private AuditPages() {
    }

    public static Page<AuditEntry> newestFirst(List<AuditEntry> oldestFirst, PageRequest request) {
        List<Numbered> numbered = new ArrayList<>(oldestFirst.size());
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            numbered.add(new Numbered(String.valueOf(i), oldestFirst.get(i)));
        }
        Page<Numbered> page = Page.slice(numbered, request, Numbered::key);
        return new Page<>(page.items().stream().map(Numbered::entry).toList(), page.nextKey());
    }
}
