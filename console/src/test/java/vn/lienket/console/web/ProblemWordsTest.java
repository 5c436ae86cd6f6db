package vn.lienket.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.console.api.ApiProblem;

class ProblemWordsTest {

    private final ProblemWords words = new ProblemWords(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ApiProblem problem(int status, String json) {
        return ApiProblem.of(status, JsonMapper.builder().build().readTree(json));
    }

    @Test
    void aRefusedFieldIsNamedAsTheFormCallsItWithItsReasonInPlainWords() {
        ApiProblem problem = problem(400, """
                {"type":"urn:lienket:problem:invalid-input","detail":"title must not be blank","field":"title",
                 "errors":[{"field":"title","message":"must not be blank"}]}""");

        assertThat(words.summary(problem)).isEqualTo("Thông tin chưa hợp lệ. Vui lòng sửa trường được đánh dấu.");
        assertThat(words.message(problem, "title")).isEqualTo("Tên hoạt động: không được để trống");
        assertThat(problem.names("title")).isTrue();
        assertThat(words.message(problem, "theme")).isNull();
    }

    @Test
    void aNestedFieldIsNamedByItsLastPartAndAReasonWithoutTranslationIsKept() {
        ApiProblem problem = problem(400, """
                {"type":"urn:lienket:problem:invalid-input","detail":"the period ends on 2023-12-31, before it starts",
                 "field":"period.to"}""");

        assertThat(words.message(problem, "period.to")).isEqualTo("Đến ngày: the period ends on 2023-12-31, before it starts");
        assertThat(problem.names("period")).isTrue();
    }

    @Test
    void aStaleEditIsExplainedAsAChangeBySomeoneElse() {
        ApiProblem problem = problem(412, """
                {"type":"urn:lienket:problem:precondition-failed","detail":"the draft changed since","field":"If-Match"}""");

        assertThat(words.summary(problem)).startsWith("Dữ liệu đã được người khác thay đổi");
    }

    @Test
    void aProblemOfAnUnknownTypeFallsBackToItsStatusAndThenToAGeneralSentence() {
        assertThat(words.summary(problem(409, "{\"type\":\"urn:lienket:problem:brand-new\"}")))
                .isEqualTo("Thao tác xung đột với trạng thái hiện tại.");
        assertThat(words.summary(problem(418, "{}"))).isEqualTo("Không thực hiện được thao tác.");
    }
}
