package vn.lienket.province.tenancy;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The provinces this service can host, with each one's tourism unit (the default lead unit of its
 * derived activities). {@code only} narrows a process to one province's tenant.
 */
@ConfigurationProperties("lienket.province")
public record TenantProperties(String only, Map<String, Tenant> tenants) {

    public record Tenant(String tourismUnit) {
    }
}
