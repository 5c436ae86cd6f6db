package vn.lienket.plan.authority;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.AuthoritySucceeded;
import vn.lienket.contracts.Topics;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.Versioned;

/**
 * The successions recorded in the register. A succession document carries its own outbox entry
 * ({@link AuthoritySucceeded} on {@link Topics#AUTHORITIES}) and audit trail: recording one is one write.
 */
@Repository
public class Successions {

    static final Comparator<AuthoritySuccession> IN_ORDER = Comparator.comparing(AuthoritySuccession::effectiveOn)
            .thenComparing(AuthoritySuccession::id);

    private final AggregateStore<AuthoritySuccession> store;

    Successions(MongoDatabase database, OutboxRelay relay) {
        this.store = new AggregateStore<>(database, "authority_successions", AuthoritySuccession.class,
                AuthoritySuccession::id, Topics.AUTHORITIES, relay);
    }

    public Optional<AuthoritySuccession> find(String id) {
        return store.find(id).map(Versioned::value);
    }

    /** Every succession recorded, in the order they take effect. */
    public List<AuthoritySuccession> all() {
        return store.findAll(Filters.exists("revision")).stream().sorted(IN_ORDER).toList();
    }

    /** Those this authority takes part in, as successor or predecessor, in the order they take effect. */
    public List<AuthoritySuccession> of(String authorityId) {
        return store.findAll(Filters.or(Filters.eq("successor", authorityId), Filters.eq("predecessors", authorityId)))
                .stream().sorted(IN_ORDER).toList();
    }

    /** Stores a new succession with its event, in one write; ConcurrentUpdateException if its id is taken. */
    void record(AuthoritySuccession succession, AuthoritySucceeded event, AuditEntry audit) {
        store.insert(succession, List.of(event), audit);
    }

    List<AuditEntry> audit(String id) {
        return store.audit(id);
    }
}
