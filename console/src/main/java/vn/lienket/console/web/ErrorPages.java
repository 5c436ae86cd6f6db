package vn.lienket.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.lienket.console.api.ApiProblem;
import vn.lienket.console.signin.SignInAgain;
import vn.lienket.console.signin.SignedIn;

/**
 * What a page cannot handle itself: an expired token signs the person in again (and brings them
 * back); any other refusal renders a page that says what happened, with the API's status.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final SignedIn signedIn;

    ErrorPages(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ExceptionHandler(SignInAgain.class)
    String signInAgain(HttpServletRequest request) {
        request.getSession().invalidate();
        // unauthenticated now, the same page sends them to sign in and brings them back to it
        String back = "GET".equals(request.getMethod())
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : formPage(request);
        return "redirect:" + back;
    }

    /** The page a form was posted from (its Referer, when it is one of the console's own), else the start page. */
    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        if (referer != null && referer.startsWith(origin + "/")) {
            String path = referer.substring(origin.length());
            if (!path.startsWith("//") && !path.contains("\\")) {
                return path;
            }
        }
        return "/";
    }

    /** An upload too large even to pass on: the refusal the API would give, on the same field. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return refused(new ApiProblem.Refused(ApiProblem.local(413, "document-too-large", "file",
                "Tệp lớn hơn mức Liên Kết nhận.")), request, response);
    }

    @ExceptionHandler(ApiProblem.Refused.class)
    ModelAndView refused(ApiProblem.Refused refused, HttpServletRequest request, HttpServletResponse response) {
        ApiProblem problem = refused.problem();
        log.info("{} {} refused by the API: {}", request.getMethod(), request.getRequestURI(), refused.getMessage());
        response.setStatus(problem.status());
        ModelAndView page = new ModelAndView("error/refused");
        page.addObject("problem", problem);
        // a handler's model has no @ModelAttribute of the advice: the frame still says who is signed in
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("person", signedIn.present() ? signedIn.person() : null);
        return page;
    }
}
