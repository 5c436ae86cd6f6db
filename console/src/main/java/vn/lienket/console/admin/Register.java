package vn.lienket.console.admin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.lienket.console.api.Gateway;

/** The register of authorities (GET /api/authorities) for the pickers of the admin pages. */
@Component
class Register {

    private final Gateway gateway;

    Register(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Every authority of the register, in its own order (by code). */
    List<Authority> all() {
        return gateway.list("/api/authorities").stream().map(Authority::of).toList();
    }

    static Map<String, Authority> byId(List<Authority> all) {
        return all.stream().collect(Collectors.toMap(Authority::id, Function.identity(), (a, b) -> a));
    }

    /**
     * What a picker offers: the authorities standing on {@code day} whose name matches what was typed
     * (without diacritics too), sorted by name; those already chosen ({@code keep}) stay whatever was typed.
     */
    static List<Authority> choices(List<Authority> all, LocalDate day, String typed, Collection<String> keep) {
        return all.stream()
                .filter(a -> keep.contains(a.id()) || a.standsOn(day) && a.matches(typed))
                .sorted(Comparator.comparing(Authority::sortKey))
                .toList();
    }
}
