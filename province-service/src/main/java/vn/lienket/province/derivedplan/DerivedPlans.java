package vn.lienket.province.derivedplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.client.model.Filters;
import org.springframework.stereotype.Repository;
import vn.lienket.contracts.Topics;
import vn.lienket.province.tenancy.Tenants;
import vn.lienket.support.audit.AuditEntry;
import vn.lienket.support.outbox.OutboxRelay;
import vn.lienket.support.store.AggregateStore;
import vn.lienket.support.store.Versioned;

/** Derived plans, kept in each province's own database; every method names the tenant it reads or writes. */
@Repository
class DerivedPlans {

    private final Map<String, AggregateStore<DerivedPlan>> stores = new ConcurrentHashMap<>();

    private final Tenants tenants;
    private final OutboxRelay relay;

    /** Each tenant's store opens as the tenant is hosted, at start or at run time, so its relay watches it at once. */
    DerivedPlans(Tenants tenants, OutboxRelay relay) {
        this.tenants = tenants;
        this.relay = relay;
        tenants.onHosted(this::store);
    }

    Optional<Versioned<DerivedPlan>> find(String provinceId, String masterPlanId) {
        return store(provinceId).find(masterPlanId);
    }

    List<DerivedPlan> all(String provinceId) {
        return store(provinceId).findAll(Filters.empty());
    }

    void insert(String provinceId, DerivedPlanChange change, AuditEntry audit) {
        store(provinceId).insert(change.plan(), change.events(), audit);
    }

    void update(String provinceId, long revision, DerivedPlanChange change, AuditEntry audit) {
        store(provinceId).update(change.plan(), revision, change.events(), audit);
    }

    List<AuditEntry> audit(String provinceId, String masterPlanId) {
        return store(provinceId).audit(masterPlanId);
    }

    private AggregateStore<DerivedPlan> store(String provinceId) {
        if (!tenants.hosts(provinceId)) {
            throw new IllegalArgumentException("Province " + provinceId + " is not hosted here");
        }
        return stores.computeIfAbsent(provinceId, id -> new AggregateStore<>(
                tenants.database(id).getCollection("derived_plans"), DerivedPlan.class, DerivedPlan::id,
                Topics.PROVINCE_PLANS, relay));
    }
}
