package vn.lienket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The sign-in page people reach from the console speaks Vietnamese, labels its fields, and after a
 * wrong password comes back with the login name kept, the reason announced and tied to the password.
 */
class SignInPageIT extends IdentityProviderTest {

    @Test
    void theFormIsInVietnameseWithALabelForEachField() {
        String page = new IdentityClient(port).get("/login", "Accept", "text/html").body();

        assertThat(page).contains("<html lang=\"vi\">", "<h1>Đăng nhập</h1>",
                "<label for=\"username\">Tên đăng nhập</label>", "<label for=\"password\">Mật khẩu</label>",
                "autocomplete=\"current-password\"");
        assertThat(page).doesNotContain("sign-in-error");
    }

    @Test
    void aWrongPasswordComesBackToTheFormWithTheLoginNameKept() {
        IdentityClient browser = new IdentityClient(port);

        HttpResponse<String> refused = ConsoleBrowser.login(browser, "lan.nguyen", "not-her-password");
        String page = browser.get(refused.headers().firstValue("Location").orElseThrow(), "Accept", "text/html").body();

        assertThat(page).contains("value=\"lan.nguyen\"", "role=\"alert\"", "Tên đăng nhập hoặc mật khẩu chưa đúng",
                "aria-describedby=\"sign-in-error\"");
        assertThat(page).doesNotContain("not-her-password");
    }

    @Test
    void theLoginNameIsKeptOnceAndEscaped() {
        IdentityClient browser = new IdentityClient(port);

        HttpResponse<String> refused = ConsoleBrowser.login(browser, "\"><script>x</script>", "wrong");
        String location = refused.headers().firstValue("Location").orElseThrow();

        assertThat(browser.get(location, "Accept", "text/html").body()).contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .doesNotContain("<script>x");
        assertThat(browser.get(location, "Accept", "text/html").body()).doesNotContain("script&gt;x");
    }
}
