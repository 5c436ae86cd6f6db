package vn.lienket.console.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.api.Gateway;
import vn.lienket.console.signin.Person;

/**
 * The overview of /admin: a count per thing the person administers, each a link to its page, and
 * the latest entries of the identity audit. What a role may not read is left out, not an error.
 */
@Component
class Overview {

    private final Gateway gateway;
    private final ParkedRecords parked;
    private final Register register;

    Overview(Gateway gateway, ParkedRecords parked, Register register) {
        this.gateway = gateway;
        this.parked = parked;
        this.register = register;
    }

    /**
     * One count on the overview.
     *
     * @param count null when it could not be read
     * @param attention something waits for the admin (parked records)
     */
    record Tile(String key, String href, Long count, String detail, boolean attention) {
    }

    /** An entry of the identity audit: who did what to whom, when. */
    record AuditLine(String at, String by, String action, String subject, String detail) {
    }

    List<Tile> tiles(Person person) {
        List<Tile> tiles = new ArrayList<>();
        if (person.platformAdmin()) {
            tiles.add(tile("programmes", "/admin/programmes", () -> {
                List<ProgrammeView> all = gateway.list("/api/programmes").stream().map(ProgrammeView::of).toList();
                return new long[] {all.size(), all.stream().filter(ProgrammeView::active).count()};
            }));
            tiles.add(tile("clients", "/admin/clients", () -> {
                List<Account> all = gateway.list("/api/identity/clients").stream().map(Account::client).toList();
                return new long[] {all.size(), all.stream().filter(Account::disabled).count()};
            }));
        }
        tiles.add(tile("people", "/admin/people", () -> {
            List<Account> all = gateway.list("/api/identity/people").stream().map(Account::person).toList();
            return new long[] {all.size(), all.stream().filter(Account::disabled).count()};
        }));
        if (person.platformAdmin()) {
            tiles.add(tile("successions", "/admin/successions", () -> new long[] {SuccessionRow.of(register.all()).size(), 0}));
            List<ParkedRecords.ServiceRecords> services = parked.all("PARKED");
            long count = services.stream().mapToLong(s -> s.records().size()).sum();
            long away = services.stream().filter(s -> s.problem() != null).count();
            tiles.add(new Tile("dead-letters", "/admin/dead-letters", away == services.size() ? null : count,
                    String.valueOf(away), count > 0));
        }
        return tiles;
    }

    /** The latest entries of the identity audit the person may read (an authority's admin: its own tenant's). */
    List<AuditLine> audit() {
        try {
            return gateway.get("/api/identity/audit?limit=8").body().valueStream().map(Overview::line).toList();
        } catch (ApiProblem.Refused refused) {
            return List.of();
        }
    }

    private static AuditLine line(JsonNode e) {
        return new AuditLine(e.path("at").asString(""), e.path("by").asString(""), e.path("action").asString(""),
                e.path("subject").asString(""), e.path("detail").asString(""));
    }

    /** A count and a second number (active, disabled) read by {@code read}; a refusal leaves the count empty. */
    private static Tile tile(String key, String href, Supplier<long[]> read) {
        try {
            long[] counts = read.get();
            return new Tile(key, href, counts[0], String.valueOf(counts[1]), false);
        } catch (ApiProblem.Refused refused) {
            return new Tile(key, href, null, null, false);
        }
    }
}
