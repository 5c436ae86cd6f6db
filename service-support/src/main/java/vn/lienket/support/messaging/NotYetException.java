package vn.lienket.support.messaging;

/**
 * A record that cannot be handled yet because something it needs has not arrived (a unit the
 * directory has not been given, an event of another topic not yet read): it waits and is retried,
 * like a record whose store is away, and is never parked for it.
 */
public class NotYetException extends RuntimeException {

    private final String awaited;

    /** @param awaited what the record waits for, in words, for the logs and the consumers' health */
    public NotYetException(String awaited) {
        super("waiting for " + awaited);
        this.awaited = awaited;
    }

    public String awaited() {
        return awaited;
    }
}
