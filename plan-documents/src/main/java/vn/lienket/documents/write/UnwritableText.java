package vn.lienket.documents.write;

/**
 * A plan holds a character the PDF's font cannot draw (an emoji, a Chinese character): the file
 * would show a "?" or a blank there, so it is not written. The message names the character and
 * where it stands. The services answer it as the problem {@code document-unwritable} (422).
 */
public final class UnwritableText extends IllegalArgumentException {

    public UnwritableText(String message, Throwable cause) {
        super(message, cause);
    }
}
