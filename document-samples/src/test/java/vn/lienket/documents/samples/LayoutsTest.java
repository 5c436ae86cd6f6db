package vn.lienket.documents.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.lienket.documents.parse.ParsedPlan;
import vn.lienket.documents.parse.PlanParser;
import vn.lienket.documents.read.DocumentLimits;
import vn.lienket.documents.read.DocumentReader;
import vn.lienket.documents.read.SourceDocument;
import vn.lienket.documents.write.PlanDocument;
import vn.lienket.fixtures.ProgrammeFixture;

/**
 * Every fixture plan and a long generated one, written in every layout, read back as written: the file's type found from its
 * bytes alone, every field of every activity where it was. The file's name never says its layout.
 */
class LayoutsTest {

    private static final DocumentReader READER = new DocumentReader(DocumentLimits.defaults());

    /** Every fixture plan, and a generated one whose sections have enough activities to be lettered past "đ)". */
    static Stream<Arguments> samples() {
        Stream<PlanDocument> plans = Stream.concat(ProgrammeFixture.all().stream().map(f -> SamplePlans.of(f.masterPlan())),
                Stream.of(SamplePlans.generated(40)));
        return plans.flatMap(plan -> Layouts.all(plan, "plan").stream()
                .map(sample -> Arguments.of(plan.number() + " " + sample.layout(), sample)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFieldReadsBackAsWritten(String name, Sample sample) {
        SourceDocument read = READER.read(sample.content(), "upload.bin");
        ParsedPlan parsed = PlanParser.parse(read);

        Accuracy accuracy = Accuracy.of(parsed, sample.written());

        assertThat(accuracy.wrong()).as(name).isEmpty();
        assertThat(accuracy.present()).isGreaterThan(10);
        PlanDocument written = sample.written();
        List<String> codes = parsed.sections().stream().flatMap(s -> s.activities().stream())
                .map(a -> a.code().value()).toList();
        assertThat(codes).containsExactlyElementsOf(written.sections().stream()
                .flatMap(s -> s.activities().stream()).map(PlanDocument.Activity::code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyFieldIsTracedToWhereItStands(String name, Sample sample) {
        ParsedPlan parsed = PlanParser.parse(READER.read(sample.content(), "upload.bin"));

        assertThat(parsed.sections()).isNotEmpty().allSatisfy(section -> assertThat(section.activities())
                .allSatisfy(activity -> {
                    assertThat(activity.title().source()).as(name).isNotBlank();
                    if (activity.timeframe() != null) {
                        assertThat(activity.timeframe().source()).as(name).isNotBlank();
                    }
                }));
    }
}
