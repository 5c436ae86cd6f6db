package vn.lienket.notification.programme;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;

/** The fixture programmes' leads and members, known before their first master plan is published. */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    private final Programmes programmes;

    ProgrammeSeed(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ProgrammeFixture fixture : ProgrammeFixture.all()) {
            programmes.record(fixture.programme().id(), fixture.programme().leadAuthority(), fixture.programme().members());
        }
    }
}
