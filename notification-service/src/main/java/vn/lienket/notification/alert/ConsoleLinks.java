package vn.lienket.notification.alert;

import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.lienket.notification.link.ConsoleProperties;
import vn.lienket.notification.link.ShortLinks;

/**
 * The console's address of a page, in full for an email and as {@code {base}/l/{code}} for an SMS
 * (the code kept in the store, the same for the same path).
 */
@Component
class ConsoleLinks {

    private final String baseUrl;
    private final UnaryOperator<String> codes;
    private final Pattern trailingShortLink;

    @Autowired
    ConsoleLinks(ConsoleProperties properties, ShortLinks links) {
        this(properties.baseUrl(), links::codeFor);
    }

    /** Links under {@code baseUrl}, each short one's code given by {@code codes} from its path. */
    ConsoleLinks(String baseUrl, UnaryOperator<String> codes) {
        this.baseUrl = baseUrl;
        this.codes = codes;
        this.trailingShortLink = Pattern.compile("\\s*(" + Pattern.quote(baseUrl + "/l/") + "[0-9A-Za-z]+)$");
    }

    /** The page's full URL. */
    String page(String path) {
        return baseUrl + path;
    }

    /** The page's short link, for an SMS. */
    String shortLink(String path) {
        return baseUrl + "/l/" + codes.apply(path);
    }

    /** The short link an SMS ends with, if it ends with one. */
    Optional<String> shortLinkOf(String sms) {
        Matcher matcher = trailingShortLink.matcher(sms);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The SMS without the short link it ends with. */
    String withoutShortLink(String sms) {
        return trailingShortLink.matcher(sms).replaceFirst("");
    }
}
