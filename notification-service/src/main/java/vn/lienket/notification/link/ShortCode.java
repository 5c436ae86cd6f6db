package vn.lienket.notification.link;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * A console path's short code: the SHA-256 of the path in base62, its first {@link #LENGTH}
 * characters (more when a shorter one is another path's). The same path always gives the same code.
 */
public final class ShortCode {

    /** A code's length unless a collision lengthened it. */
    public static final int LENGTH = 7;
    /** The longest code: all of a SHA-256 in base62. */
    static final int MAX_LENGTH = 43;
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(DIGITS.length());
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9A-Za-z]{" + LENGTH + "," + MAX_LENGTH + "}");

    private ShortCode() {
    }

    /** The first {@code length} base62 digits of the path's SHA-256. */
    public static String of(String path, int length) {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("A short code has 1 to " + MAX_LENGTH + " characters, not " + length);
        }
        BigInteger hash = new BigInteger(1, sha256(path));
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            BigInteger[] division = hash.divideAndRemainder(BASE);
            code.append(DIGITS.charAt(division[1].intValue()));
            hash = division[0];
        }
        return code.toString();
    }

    /** Whether the text could be a code: base62, {@value #LENGTH} to 43 characters. */
    public static boolean wellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    private static byte[] sha256(String path) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
