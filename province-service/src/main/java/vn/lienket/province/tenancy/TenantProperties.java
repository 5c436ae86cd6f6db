package vn.lienket.province.tenancy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the platform this process hosts. Which provinces exist is not configuration: they
 * are the members of the programmes the programme events announce. {@code only} narrows a process
 * to one province's tenant (a province running its own instance); empty hosts every member.
 * {@code rescan}: how often the programmes in the store are read again for members this process
 * does not host yet, which another instance of the service learnt from an event it consumed.
 */
@ConfigurationProperties("lienket.province")
public record TenantProperties(String only, @DefaultValue("30s") Duration rescan) {

    /** Whether this process hosts the province, were it a member. */
    boolean admits(String provinceId) {
        return only == null || only.isBlank() || only.equals(provinceId);
    }
}
