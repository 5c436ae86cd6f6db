package vn.lienket.province.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the platform this process hosts. Which provinces exist is not configuration: they
 * are the members of the programmes the programme events announce. {@code only} narrows a process
 * to one province's tenant (a province running its own instance); empty hosts every member.
 */
@ConfigurationProperties("lienket.province")
public record TenantProperties(String only) {

    /** Whether this process hosts the province, were it a member. */
    boolean admits(String provinceId) {
        return only == null || only.isBlank() || only.equals(provinceId);
    }
}
