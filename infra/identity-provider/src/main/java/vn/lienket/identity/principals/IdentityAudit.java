package vn.lienket.identity.principals;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.lienket.support.security.Caller;
import vn.lienket.support.web.Page;
import vn.lienket.support.web.PageRequest;

/**
 * The trail of every change to clients and people, newest first, paged like every other log. Each
 * entry is kept in its principal's own document, written with the change; the trail is read across
 * them. There are hundreds of principals, not millions, so it is merged in memory.
 */
@Service
class IdentityAudit {

    private final PrincipalStore store;

    IdentityAudit(PrincipalStore store) {
        this.store = store;
    }

    /**
     * One change: who made it (client or person, and the tenant it acted for), when, what, and whom
     * it was about. Never a secret or a password.
     */
    record Change(Instant at, String by, String byTenant, String action, String subject, String subjectKind,
                  String subjectTenant, String detail) {
    }

    Page<Change> latest(Caller caller, PageRequest request) {
        Optional<String> tenant = IdentityAccess.requireMayReadAudit(caller);
        List<PrincipalStore.Audited> newestFirst = store.audit(tenant).stream()
                .sorted(Comparator.comparing((PrincipalStore.Audited a) -> a.entry().at())
                        .thenComparing(PrincipalStore.Audited::subject).thenComparing(PrincipalStore.Audited::index)
                        .reversed())
                .toList();
        Page<PrincipalStore.Audited> page = Page.slice(newestFirst, request, a -> a.subject() + "#" + a.index());
        return new Page<>(page.items().stream().map(IdentityAudit::change).toList(), page.nextKey());
    }

    private static Change change(PrincipalStore.Audited a) {
        return new Change(a.entry().at(), a.entry().principal(), a.entry().tenant(), a.entry().action(), a.subject(),
                a.kind().name().toLowerCase(Locale.ROOT), a.subjectTenant(), a.entry().detail());
    }
}
