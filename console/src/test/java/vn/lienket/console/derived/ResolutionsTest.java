package vn.lienket.console.derived;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionsTest {

    private static MultiValueMap<String, String> form() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("etag", "\"3\"");
        form.add("changeId", "2.3@v2");
        form.add("changeId", "2.4@v2");
        form.add("changeId", "3.1@v2");
        form.add("decision[2.3@v2]", "ADAPT");
        form.add("note[2.3@v2]", "  Giữ Đồng Tháp vì đã ký hợp đồng  ");
        form.add("note[2.4@v2]", "");
        form.add("decision[3.1@v2]", "ADOPT");
        return form;
    }

    @Test
    void theBodyHasADecisionForEachDecidedChangeInTheFormsOrder() {
        Resolutions resolutions = Resolutions.from(form());

        assertThat(resolutions.body()).isEqualTo(Map.of("resolutions", List.of(
                Map.of("changeId", "2.3@v2", "decision", "ADAPT", "note", "Giữ Đồng Tháp vì đã ký hợp đồng"),
                Map.of("changeId", "3.1@v2", "decision", "ADOPT"))));
    }

    @Test
    void anIndexOfTheBodyNamesItsChange() {
        Resolutions resolutions = Resolutions.from(form());

        assertThat(resolutions.changeIdAt(0)).isEqualTo("2.3@v2");
        assertThat(resolutions.changeIdAt(1)).isEqualTo("3.1@v2");
        assertThat(resolutions.changeIdAt(2)).isNull();
    }

    @Test
    void choicesAreKeptForTheChangesStillPendingWhenThePlanChanged() {
        Resolutions resolutions = Resolutions.from(form());
        List<String> now = List.of("2.3@v2", "3.1@v2", "4.2@v3");

        Resolutions kept = resolutions.keptFor(now);

        assertThat(kept.changeIds()).isEqualTo(now);
        assertThat(kept.chose("2.3@v2", "ADAPT")).isTrue();
        assertThat(kept.note("2.3@v2")).isEqualTo("Giữ Đồng Tháp vì đã ký hợp đồng");
        assertThat(kept.decision("4.2@v3")).isNull();
        assertThat(resolutions.addedIn(now)).containsExactly("4.2@v3");
        assertThat(resolutions.goneFrom(now)).containsExactly("2.4@v2");
    }

    @Test
    void publishingOwnEditsSendsNoResolutions() {
        assertThat(Resolutions.from(new LinkedMultiValueMap<>()).body()).isEqualTo(Map.of("resolutions", List.of()));
    }
}
