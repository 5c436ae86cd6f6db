package vn.lienket.console.derived;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.console.api.ApiProblem;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPlacesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ApiProblem problem(int status, String json) {
        return ApiProblem.of(status, JSON.readTree(json));
    }

    @Test
    void aDeviationWithoutJustificationIsPlacedAtItsActivity() {
        ApiProblem refused = problem(422, """
                {"type":"urn:lienket:problem:unprocessable","detail":"Activity 1.1 deviates from the master (timeframe) without a justification",
                 "errors":[{"activityCode":"1.1","field":"timeframe","message":"deviates from the master without a justification"},
                           {"activityCode":"1.1","field":"location","message":"deviates from the master without a justification"},
                           {"activityCode":"2.3","field":"location","message":"deviates from the master without a justification"}]}
                """);

        ProblemPlaces places = ProblemPlaces.of(refused, Resolutions.NONE);

        assertThat(places.forActivity("1.1")).extracting(ProblemPlaces.Place::kind, ProblemPlaces.Place::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNJUSTIFIED", "timeframe"),
                        org.assertj.core.groups.Tuple.tuple("UNJUSTIFIED", "location"));
        assertThat(places.forActivity("2.3")).hasSize(1);
        assertThat(places.forActivity("2.4")).isEmpty();
        assertThat(places.changes()).isEmpty();
    }

    @Test
    void anUnresolvedChangeIsPlacedAtItsChange() {
        ApiProblem refused = problem(422, """
                {"type":"urn:lienket:problem:unprocessable","detail":"Every pending change must be resolved; unresolved: 2.4@v2",
                 "errors":[{"changeId":"2.4@v2","message":"unresolved"}]}
                """);

        assertThat(ProblemPlaces.of(refused, Resolutions.NONE).forChange("2.4@v2"))
                .extracting(ProblemPlaces.Place::kind).containsExactly("UNRESOLVED");
    }

    @Test
    void aRefusedResolutionOfTheBodyIsPlacedAtTheChangeItResolved() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("changeId", "2.3@v2");
        form.add("changeId", "2.4@v2");
        form.add("decision[2.3@v2]", "ADOPT");
        form.add("decision[2.4@v2]", "ADAPT");
        ApiProblem refused = problem(400, """
                {"type":"urn:lienket:problem:invalid-input","detail":"ADAPT needs a justification","field":"resolutions[1].note"}
                """);

        ProblemPlaces places = ProblemPlaces.of(refused, Resolutions.from(form));

        assertThat(places.forChange("2.4@v2")).extracting(ProblemPlaces.Place::kind).containsExactly("NOTE_NEEDED");
        assertThat(places.forChange("2.3@v2")).isEmpty();
    }

    @Test
    void anActivityNotYetConsolidatedIsPlacedAtIt() {
        ApiProblem refused = problem(422, """
                {"type":"urn:lienket:problem:unprocessable","errors":[{"activityCode":"1.2","message":"not consolidated"}]}
                """);

        assertThat(ProblemPlaces.of(refused, Resolutions.NONE).forActivity("1.2"))
                .extracting(ProblemPlaces.Place::kind).containsExactly("NOT_CONSOLIDATED");
    }
}
