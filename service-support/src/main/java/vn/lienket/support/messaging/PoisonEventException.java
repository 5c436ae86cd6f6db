package vn.lienket.support.messaging;

/** A record no retry can fix (no type, malformed payload): it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
