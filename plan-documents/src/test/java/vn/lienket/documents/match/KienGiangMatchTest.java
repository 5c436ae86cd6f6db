package vn.lienket.documents.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.lienket.documents.parse.Documents;
import vn.lienket.documents.parse.Ocr;
import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.fixtures.ProgrammeFixture;

class KienGiangMatchTest {

    static List<MasterActivity> plan350() {
        return ProgrammeFixture.hcmcMekong2024().masterPlan().sections().stream()
                .flatMap(s -> s.activities().stream()).map(a -> new MasterActivity(a.code(), a.title())).toList();
    }

    static List<ParsedPlan.Activity> activities(ParsedPlan plan) {
        return plan.sections().stream().flatMap(s -> s.activities().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stripped", "damaged"})
    void withItsDiacriticsLostOrMisreadEveryActivityIsStillPairedWithItsMasterActivity(String how) {
        UnaryOperator<String> damage = how.equals("stripped") ? Ocr::stripped : Ocr::damaged;
        List<Match> matches = ActivityMatcher.match(activities(PlanParser.parse(Documents.kienGiang(damage))), plan350());
        assertThat(matches).hasSize(13).allSatisfy(m -> {
            assertThat(m.masterCode()).as(m.toString()).isEqualTo(m.documentCode());
            assertThat(m.by()).as(m.toString()).isIn(Match.By.CODE, Match.By.TITLE);
        });
    }

    @Test
    void everyActivityOfKienGiangsPlanIsTracedToTheMasterActivityOfItsCode() {
        List<Match> matches = ActivityMatcher.match(activities(PlanParser.parse(Documents.kienGiang())), plan350());
        assertThat(matches).hasSize(13).allSatisfy(m -> {
            assertThat(m.masterCode()).as(m.toString()).isEqualTo(m.documentCode());
            assertThat(m.by()).as(m.toString()).isEqualTo(Match.By.CODE);
        });
    }
}
