package vn.lienket.notification.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;

/**
 * Seeds, on first start, each authority's (built-in fixtures' and {@code lienket.seed.fixtures}') tourism unit, association and promotion centre with the
 * fixture's fictional contacts ({@code <unit>@<authority>.lienket.example}, {@code +8490000<gso><n>}),
 * and the units Kiên Giang's plan names beside them, numbered on from 4. A unit already there is
 * left as it is, so changes made through the API survive restarts. A merged authority's units,
 * seeded after its succession was read, then move to its successor as the succession moved the others.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class DirectorySeed implements ApplicationRunner {

    static final String KIEN_GIANG = "kien-giang";

    private final UnitDirectory directory;
    private final SuccessionMoves moves;
    private final String fixtureFiles;

    DirectorySeed(UnitDirectory directory, SuccessionMoves moves, @Value("${lienket.seed.fixtures:}") String fixtureFiles) {
        this.directory = directory;
        this.moves = moves;
        this.fixtureFiles = fixtureFiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<ProgrammeFixture> fixtures = new ArrayList<>(ProgrammeFixture.all(fixtureFiles));
        // the 2026 programme's authorities too (Tây Ninh first of all), whichever world plan-service seeds
        fixtures.add(ProgrammeFixture.hcmcMekong2026());
        for (ProgrammeFixture.Authority authority : fixtures.stream().flatMap(p -> p.authorities().stream())
                .filter(distinctBy(ProgrammeFixture.Authority::id)).toList()) {
            seed(authority, "so-du-lich", UnitKind.TOURISM_UNIT, authority.tourismUnit(), 1);
            seed(authority, "hiep-hoi-du-lich", UnitKind.ASSOCIATION, "Hiệp hội Du lịch " + authority.name(), 2);
            seed(authority, "trung-tam-xuc-tien", UnitKind.PROMOTION_CENTRE,
                    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch " + authority.name(), 3);
        }
        ProgrammeFixture mekong = ProgrammeFixture.hcmcMekong2024();
        ProgrammeFixture.Authority kienGiang = mekong.authorities().stream()
                .filter(a -> a.id().equals(KIEN_GIANG)).findFirst().orElseThrow();
        int n = 4;
        for (String name : mekong.kienGiangCoordinatingUnits()) {
            if (directory.named(KIEN_GIANG, name).isEmpty()) {
                seed(kienGiang, UnitNames.slug(name), kindOf(name), name, n++);
            }
        }
        // the listener may have read a succession before these units were there: they move now
        moves.reapplyAll();
    }

    private void seed(ProgrammeFixture.Authority authority, String unit, UnitKind kind, String name, int n) {
        String id = authority.id() + "." + unit;
        // a tourism unit the programme events started, not yet given contacts, takes the fixture's
        boolean bare = directory.findVersioned(id).map(u -> NewAuthorities.untouched(u.value(), u.revision())).orElse(false);
        if (!directory.exists(id) || bare) {
            directory.save(new Unit(id, authority.id(), name, kind, unit + "@" + authority.id() + ".lienket.example",
                    "+8490000" + authority.gsoCode() + n, List.of(Channel.EMAIL, Channel.SMS), false, null));
        }
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    private static UnitKind kindOf(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.startsWith("báo ")) {
            return UnitKind.NEWSPAPER;
        }
        if (key.startsWith("đài ")) {
            return UnitKind.BROADCASTER;
        }
        if (key.startsWith("sở ")) {
            return UnitKind.DEPARTMENT;
        }
        if (key.startsWith("hội ") || key.startsWith("hiệp hội ")) {
            return UnitKind.ASSOCIATION;
        }
        return key.startsWith("trung tâm ") ? UnitKind.PROMOTION_CENTRE : UnitKind.OTHER;
    }
}
