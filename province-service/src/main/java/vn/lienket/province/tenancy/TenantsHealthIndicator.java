package vn.lienket.province.tenancy;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code tenants} in health: how many provinces this process hosts, and which. Always UP: none yet is a valid state. */
@Component
class TenantsHealthIndicator extends AbstractHealthIndicator {

    private final Tenants tenants;

    TenantsHealthIndicator(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("hosted", tenants.ids().size()).withDetail("provinces", tenants.ids());
    }
}
