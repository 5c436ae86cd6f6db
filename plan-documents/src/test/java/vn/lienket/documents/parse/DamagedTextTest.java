package vn.lienket.documents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The same plan with its diacritics stripped, and with OCR-like damage, has the same structure:
 * every label is still found, and the values are the damaged text as written.
 */
class DamagedTextTest {

    private final ParsedPlan clean = PlanParser.parse(Documents.kienGiang());

    @Test
    void withoutDiacriticsThePlanHasTheSameSectionsActivitiesAndFields() {
        ParsedPlan stripped = PlanParser.parse(Documents.kienGiang(Ocr::stripped));
        assertSameStructure(stripped);
        assertThat(accuracy(stripped, Ocr::stripped)).isEqualTo(1.0);
        assertThat(stripped.header().place().value()).isEqualTo("Kien Giang");
        assertThat(stripped.header().issuer().value()).isEqualTo("Uy ban nhan dan tinh Kien Giang");
        assertThat(KienGiangPlanTest.activity(stripped, "2.2").timeframe().value()).isEqualTo("tu quy II den quy III/2024");
    }

    @Test
    void withOcrDamageThePlanHasTheSameSectionsActivitiesAndFields() {
        ParsedPlan damaged = PlanParser.parse(Documents.kienGiang(Ocr::damaged));
        assertSameStructure(damaged);
        assertThat(accuracy(damaged, Ocr::damaged)).isEqualTo(1.0);
        assertThat(damaged.header().place().value()).isEqualTo(Values.space(Ocr.damaged("Kiên Giang")));
    }

    private void assertSameStructure(ParsedPlan plan) {
        assertThat(plan.header().number()).isNull();
        assertThat(plan.header().issuedOn()).isNull();
        assertThat(plan.header().periodFrom()).isEqualTo(clean.header().periodFrom());
        assertThat(plan.header().citedPlans()).extracting(Traced::value).containsExactly("350/KH-UBND");
        assertThat(plan.header().funding()).isNotNull();
        assertThat(plan.sections()).hasSameSizeAs(clean.sections());
        assertThat(KienGiangPlanTest.activities(plan)).extracting(a -> a.code().value())
                .containsExactlyElementsOf(KienGiangPlanTest.CODES);
        assertThat(plan.unrecognised()).isEmpty();
        for (ParsedPlan.Activity a : KienGiangPlanTest.activities(plan)) {
            ParsedPlan.Activity c = KienGiangPlanTest.activity(clean, a.code().value());
            assertThat(present(a)).as(a.code().value()).isEqualTo(present(c));
            assertThat(a.coordinatingUnits()).as(a.code().value()).hasSameSizeAs(c.coordinatingUnits());
        }
    }

    private static List<Boolean> present(ParsedPlan.Activity a) {
        return List.of(a.theme() != null, a.timeframe() != null, a.location() != null, a.leadUnit() != null, a.notes() != null);
    }

    /** Fields right out of fields present: a field is right when it is the clean document's value, damaged the same way. */
    private double accuracy(ParsedPlan plan, UnaryOperator<String> damage) {
        List<Function<ParsedPlan.Activity, Traced<String>>> fields = List.of(ParsedPlan.Activity::title,
                ParsedPlan.Activity::theme, ParsedPlan.Activity::timeframe, ParsedPlan.Activity::location,
                ParsedPlan.Activity::leadUnit, ParsedPlan.Activity::notes);
        int present = 0;
        int right = 0;
        for (ParsedPlan.Activity c : KienGiangPlanTest.activities(clean)) {
            ParsedPlan.Activity a = KienGiangPlanTest.activities(plan).stream()
                    .filter(x -> x.code().value().equals(c.code().value())).findFirst().orElse(null);
            for (Function<ParsedPlan.Activity, Traced<String>> field : fields) {
                if (field.apply(c) == null) {
                    continue;
                }
                present++;
                String expected = Values.space(damage.apply(field.apply(c).value()));
                if (a != null && field.apply(a) != null && expected.equals(field.apply(a).value())) {
                    right++;
                }
            }
            for (int i = 0; i < c.coordinatingUnits().size(); i++) {
                present++;
                String expected = Values.space(damage.apply(c.coordinatingUnits().get(i).value()));
                if (a != null && i < a.coordinatingUnits().size() && expected.equals(a.coordinatingUnits().get(i).value())) {
                    right++;
                }
            }
        }
        return (double) right / present;
    }
}
