package vn.lienket.documents.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.documents.parse.Traced;
import vn.lienket.documents.read.DocumentLimits;
import vn.lienket.documents.read.DocumentReader;
import vn.lienket.documents.read.SourceDocument;

/**
 * Exporting a plan and importing the result gives back its header and structure: the file is read
 * with the project's reader and parser, as an upload would be.
 */
class RoundTripTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void plan_350_written_and_read_back_is_the_same_plan(ExportFormat format) {
        PlanDocument plan = PlanDocuments.plan350WithUnits();
        ParsedPlan parsed = PlanParser.parse(read(PlanWriter.write(plan, format), "350-KH-UBND." + format.extension()));

        ParsedPlan.Header header = parsed.header();
        assertThat(header.number().value()).isEqualTo("350/KH-UBND");
        assertThat(header.issuedOn().value()).isEqualTo(plan.issuedOn());
        assertThat(header.issuer().value()).isEqualTo(plan.issuer());
        assertThat(header.place().value()).isEqualTo(plan.place());
        assertThat(header.title().value()).isEqualTo(plan.title());
        assertThat(header.legalBases()).extracting(Traced::value).containsExactlyElementsOf(plan.legalBases());
        assertThat(header.funding().value()).isEqualTo(plan.funding());

        assertThat(parsed.sections()).extracting(s -> s.code().value() + ". " + s.title().value())
                .containsExactlyElementsOf(plan.sections().stream().map(s -> s.code() + ". " + s.title()).toList());
        for (int i = 0; i < plan.sections().size(); i++) {
            List<PlanDocument.Activity> written = plan.sections().get(i).activities();
            List<ParsedPlan.Activity> read = parsed.sections().get(i).activities();
            assertThat(read).hasSameSizeAs(written);
            for (int j = 0; j < written.size(); j++) {
                PlanDocument.Activity w = written.get(j);
                ParsedPlan.Activity r = read.get(j);
                assertThat(List.of(r.code().value(), r.title().value(), value(r.timeframe()), value(r.location()),
                        value(r.leadUnit()), value(r.notes())))
                        .as(format + " " + w.code())
                        .containsExactly(w.code(), w.title(), w.timeframe(), w.location(), w.leadUnit(), w.notes());
                assertThat(value(r.theme())).as(format + " " + w.code()).isEqualTo(w.theme());
                assertThat(r.coordinatingUnits()).extracting(Traced::value).containsExactlyElementsOf(w.coordinatingUnits());
            }
        }
        assertThat(parsed.unrecognised()).isEmpty();
    }

    private static SourceDocument read(byte[] file, String name) {
        return new DocumentReader(DocumentLimits.defaults()).read(file, name);
    }

    private static String value(Traced<String> traced) {
        return traced == null ? null : traced.value();
    }
}
