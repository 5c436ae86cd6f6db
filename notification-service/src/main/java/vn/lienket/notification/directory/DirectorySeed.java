package vn.lienket.notification.directory;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;

/**
 * Seeds, on first start, each authority's tourism unit, association and promotion centre with the
 * fixture's fictional contacts: {@code <unit>@<authority>.lienket.example}, {@code +8490000<gso><n>}.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class DirectorySeed implements ApplicationRunner {

    private final UnitDirectory directory;

    DirectorySeed(UnitDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ProgrammeFixture.Authority authority : ProgrammeFixture.all().stream()
                .flatMap(p -> p.authorities().stream()).distinct().toList()) {
            seed(authority, "so-du-lich", UnitKind.TOURISM_UNIT, authority.tourismUnit(), 1);
            seed(authority, "hiep-hoi-du-lich", UnitKind.ASSOCIATION, "Hiệp hội Du lịch " + authority.name(), 2);
            seed(authority, "trung-tam-xuc-tien", UnitKind.PROMOTION_CENTRE,
                    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch " + authority.name(), 3);
        }
    }

    private void seed(ProgrammeFixture.Authority authority, String unit, UnitKind kind, String name, int n) {
        String id = authority.id() + "." + unit;
        if (!directory.exists(id)) {
            directory.save(new Unit(id, authority.id(), name, kind, unit + "@" + authority.id() + ".lienket.example",
                    "+8490000" + authority.gsoCode() + n, List.of(Channel.EMAIL, Channel.SMS), false, null));
        }
    }
}
