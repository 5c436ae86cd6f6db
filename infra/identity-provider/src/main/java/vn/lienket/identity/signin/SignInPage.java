package vn.lienket.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The sign-in form people reach from the console. After a wrong password it comes back with the
 * login name still filled in, the reason said once, announced to screen readers and tied to the
 * password field.
 */
@Controller
class SignInPage {

    /** The session attribute in which a failed sign-in leaves the login name it was tried with. */
    static final String LAST_LOGIN = SignInPage.class.getName() + ".lastLogin";

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean failed = request.getParameter("error") != null;
        boolean signedOut = request.getParameter("logout") != null;
        HttpSession session = request.getSession(false);
        String login = session == null ? null : (String) session.getAttribute(LAST_LOGIN);
        if (session != null) {
            session.removeAttribute(LAST_LOGIN);
        }
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Liên Kết</title>
                <style>
                body{margin:0;font:16px/1.5 "Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#f3f4f6}
                header{background:#0b4f8a;color:#fff;padding:.5rem 1rem;font-weight:700;font-size:1.25rem}
                main{max-width:26rem;margin:1.5rem auto;padding:1rem 1.25rem;background:#fff;border:1px solid #b8b8b8;border-radius:6px}
                h1{font-size:1.5rem;margin:.25rem 0 1rem}label{display:block;font-weight:600;margin:.75rem 0 .25rem}
                input{width:100%%;box-sizing:border-box;padding:.5rem;font:inherit;border:2px solid #4a4a4a;border-radius:4px}
                input[aria-invalid=true]{border-color:#a4161a}
                button{margin-top:1rem;font:inherit;font-weight:600;padding:.6rem 1.25rem;min-height:44px;border-radius:4px;border:2px solid #0b4f8a;background:#0b4f8a;color:#fff;cursor:pointer}
                :focus-visible{outline:3px solid #ffbf47;outline-offset:2px;box-shadow:0 0 0 5px #1a1a1a}
                .problem{border:3px solid #a4161a;background:#fde8e8;padding:.5rem 1rem;border-radius:6px;font-weight:600}
                .notice{border-left:6px solid #1b5e20;background:#e6f4e7;padding:.5rem 1rem}
                </style></head>
                <body><header>Liên Kết</header>
                <main id="main"><h1>Đăng nhập</h1>
                %s%s
                <form method="post" action="/login" novalidate>
                <label for="username">Tên đăng nhập</label>
                <input id="username" name="username" type="text" autocomplete="username" required value="%s"%s>
                <label for="password">Mật khẩu</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Đăng nhập</button>
                </form></main></body></html>
                """.formatted(failed ? "Đăng nhập chưa được" : "Đăng nhập",
                failed ? "<p id=\"sign-in-error\" class=\"problem\" role=\"alert\">Tên đăng nhập hoặc mật khẩu chưa đúng. Vui lòng nhập lại mật khẩu.</p>" : "",
                signedOut ? "<p class=\"notice\" role=\"status\">Bạn đã đăng xuất.</p>" : "",
                login == null ? "" : htmlEscape(login), login == null && !failed ? " autofocus" : "",
                failed ? " aria-invalid=\"true\" aria-describedby=\"sign-in-error\" autofocus" : "",
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : htmlEscape(csrf.getToken()));
    }
}
