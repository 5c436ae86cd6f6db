package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienket.documents.read.SourceDocument;
import vn.lienket.fixtures.ProgrammeFixture;

/** A plan exported in this project's layout reads back as the same header and structure, from a .docx or a PDF. */
class ExportLayoutTest {

    static Stream<Arguments> plans() {
        return Stream.of(ProgrammeFixture.hcmcMekong2024(), ProgrammeFixture.northwestHcmc2021(), ProgrammeFixture.hcmcMekong2026())
                .flatMap(f -> Stream.of(
                        Arguments.of(f.masterPlan().number() + " as docx", f.masterPlan(), (Function<ProgrammeFixture.MasterPlan, SourceDocument>) ExportLayout::docx),
                        Arguments.of(f.masterPlan().number() + " as pdf", f.masterPlan(), (Function<ProgrammeFixture.MasterPlan, SourceDocument>) ExportLayout::pdf)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void anExportedPlanReadsBackAsTheSamePlan(String name, ProgrammeFixture.MasterPlan master,
                                              Function<ProgrammeFixture.MasterPlan, SourceDocument> layout) {
        ParsedPlan plan = PlanParser.parse(layout.apply(master));
        ParsedPlan.Header header = plan.header();
        assertThat(header.number().value()).isEqualTo(master.number());
        assertThat(header.issuedOn().value()).isEqualTo(master.issuedOn());
        assertThat(header.title().value()).isEqualTo(master.title());
        assertThat(header.legalBases()).extracting(Traced::value).containsExactlyElementsOf(master.legalBases());
        assertThat(header.funding().value()).isEqualTo(master.funding());
        assertThat(header.periodFrom().value().getYear()).isEqualTo(master.year());
        assertThat(header.issuer().value()).isEqualToIgnoringCase(master.issuer());
        assertThat(header.recipients()).extracting(Traced::value).containsExactly("Các thành viên liên kết", "Lưu: VT");
        assertThat(plan.unrecognised()).isEmpty();
        assertThat(plan.sections()).hasSameSizeAs(master.sections());
        for (int s = 0; s < master.sections().size(); s++) {
            ProgrammeFixture.Section expected = master.sections().get(s);
            ParsedPlan.Section section = plan.sections().get(s);
            assertThat(section.code().value()).isEqualTo(expected.code());
            assertThat(section.title().value()).isEqualTo(expected.title());
            assertThat(section.activities()).hasSameSizeAs(expected.activities());
            for (int a = 0; a < expected.activities().size(); a++) {
                ProgrammeFixture.Activity e = expected.activities().get(a);
                ParsedPlan.Activity activity = section.activities().get(a);
                assertThat(activity.code().value()).isEqualTo(e.code());
                assertThat(activity.title().value()).isEqualTo(e.title());
                assertThat(value(activity.theme())).as(e.code()).isEqualTo(e.theme());
                assertThat(value(activity.timeframe())).as(e.code()).isEqualTo(e.timeframe());
                assertThat(value(activity.location())).as(e.code()).isEqualTo(e.location());
                assertThat(value(activity.leadUnit())).isEqualTo(ExportLayout.LEAD);
                assertThat(activity.coordinatingUnits()).extracting(Traced::value).containsExactlyElementsOf(ExportLayout.COORDINATING);
                assertThat(value(activity.notes())).isEqualTo("Kinh phí do Sở Du lịch bố trí");
            }
        }
    }

    private static String value(Traced<String> traced) {
        return traced == null ? null : traced.value();
    }

}
