package vn.lienket.console.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a short link may send a person: a path of this console only. A path starts with one
 * {@code /} ({@code //host} and {@code /\host} are other hosts to a browser), has no scheme or host,
 * and no spaces, control characters or backslashes.
 */
final class ConsolePath {

    /** A short code as notification-service makes them (base62), with room to grow. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,64}");
    private static final int MAX_LENGTH = 2000;

    private ConsolePath() {
    }

    /** Is it a code at all? Anything else is not asked of the API. */
    static boolean wellFormedCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The path if it is one of this console's, else empty. */
    static Optional<String> of(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return Optional.empty();
        }
        if (path.startsWith("//") || path.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
