package vn.lienket.notification.programme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.lienket.fixtures.ProgrammeFixture;

/**
 * The fixture programmes' (and {@code lienket.seed.fixtures}') leads and members, for a local stack
 * whose programme events have not arrived yet. Only a programme not heard of is seeded: what the
 * programme events said (a member that left, say) is never undone by a restart.
 */
@Component
@ConditionalOnBooleanProperty("lienket.seed.enabled")
class ProgrammeSeed implements ApplicationRunner {

    private final Programmes programmes;
    private final String fixtureFiles;

    ProgrammeSeed(Programmes programmes, @Value("${lienket.seed.fixtures:}") String fixtureFiles) {
        this.programmes = programmes;
        this.fixtureFiles = fixtureFiles;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ProgrammeFixture fixture : ProgrammeFixture.all(fixtureFiles)) {
            programmes.recordIfAbsent(fixture.programme().id(), fixture.programme().leadAuthority(), fixture.programme().members(),
                    fixture.masterPlan().id());
        }
    }
}
