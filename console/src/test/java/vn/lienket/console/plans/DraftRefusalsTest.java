package vn.lienket.console.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienket.console.api.ApiProblem;

class DraftRefusalsTest {

    @Test
    void aMoveToANumberOutsideTheSectionIsSaidAtTheNewNumberInVietnamese() {
        ApiProblem problem = ApiProblem.of(400, Json.of("{'type':'urn:lienket:problem:invalid-input','detail':'x',"
                + "'field':'sections[2].activities[3].code','errors':[{'field':'sections[2].activities[3].code',"
                + "'message':'activity 2.9 is not numbered within section 3'}]}"));

        ApiProblem atForm = DraftRefusals.atTheForm(problem, DraftPage.Outcome.move("2.3", null, new DraftPage.Move("3", "2.9")));

        assertThat(atForm.fields()).containsExactly("newCode");
        assertThat(atForm.messageFor("newCode")).isEqualTo("số hiệu 2.9 không thuộc mục 3 (phải bắt đầu bằng 3.)");
        assertThat(atForm.detail()).isEqualTo("x");
    }

    @Test
    void aNumberAlreadyTakenOnAnAddIsSaidAtTheNumber() {
        ApiProblem problem = ApiProblem.of(409, Json.of("{'type':'urn:lienket:problem:conflict','detail':'The draft already has activity 6.1'}"));

        ApiProblem atForm = DraftRefusals.atTheForm(problem, DraftPage.Outcome.add("6",
                new Activity("6.1", "Famtrip", null, null, null, null, null, null)));

        assertThat(atForm.names("code")).isTrue();
        assertThat(atForm.messageFor("code")).isEqualTo("số hiệu 6.1 đã có trong dự thảo");
    }

    @Test
    void anEditsRefusalKeepsItsFieldsAsTheFormNamesThemAlready() {
        ApiProblem problem = ApiProblem.of(400, Json.of("{'type':'urn:lienket:problem:invalid-input','field':'title',"
                + "'errors':[{'field':'title','message':'must not be blank'}]}"));

        assertThat(DraftRefusals.atTheForm(problem, DraftPage.Outcome.edit("2.3", null, null))).isSameAs(problem);
        assertThat(DraftRefusals.words("must be today or later, not 2020-01-01")).isEqualTo("phải là hôm nay hoặc một ngày sau hôm nay");
    }
}
