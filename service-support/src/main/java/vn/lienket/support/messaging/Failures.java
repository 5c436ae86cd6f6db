package vn.lienket.support.messaging;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.kafka.support.serializer.DeserializationException;
import tools.jackson.core.JacksonException;
import vn.lienket.support.store.ConcurrentUpdateException;

/**
 * The one place that says whose fault a listener's failure is. A failure that is not the record's
 * (the store, broker, mail server or SMSC away, a timeout, a concurrent write) is {@link Kind#TRANSIENT}:
 * it is retried without limit and never parked; so is a record the listener says must wait for
 * something still to arrive ({@link NotYetException}). A record that can never succeed (unreadable, invalid)
 * is {@link Kind#PERMANENT} and parked at once. Anything else is {@link Kind#UNKNOWN}: most likely a bug
 * that no retry heals, so it gets a few retries and is then parked, where an operator sees it and
 * re-drives it once the fix is deployed, instead of it blocking the partition for every later record.
 *
 * <p>The whole cause chain is read: a store timeout wrapped by the listener adapter, or by a domain
 * exception, is still a store timeout. A {@link PoisonEventException} anywhere wins, because it is the
 * listener's own verdict on the record (a Jackson parse error would otherwise look like I/O).
 */
public final class Failures {

    /** Whose fault a failure is, and so what is done with the record. */
    public enum Kind {
        TRANSIENT, PERMANENT, UNKNOWN
    }

    /**
     * @param dependency what the listener waits on for a transient failure ("store", "broker", …), else null
     * @param summary the innermost cause, for logs, health and the parked record's reason
     */
    public record Failure(Kind kind, String dependency, String summary) {
    }

    /** Server error codes of MongoDB that say "not now": network, shutdown, stepdown, time limits. */
    private static final Set<Integer> TRANSIENT_MONGO_CODES = Set.of(6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600,
            11602, 13435, 13436);

    /** Failures of libraries service-support does not depend on, by class name: mail and SMPP connections. */
    private static final Map<String, String> TRANSIENT_BY_NAME = Map.of(
            "jakarta.mail.MailConnectException", "mail server",
            "org.eclipse.angus.mail.util.MailConnectException", "mail server",
            "com.sun.mail.util.MailConnectException", "mail server",
            "org.jsmpp.extra.ResponseTimeoutException", "SMSC");

    private Failures() {
    }

    public static Failure classify(Throwable failure) {
        String summary = summary(failure);
        Iterable<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof PoisonEventException poison) {
                return new Failure(Kind.PERMANENT, null, poison.getMessage());
            }
        }
        for (Throwable t : chain) {
            String dependency = dependencyAway(t);
            if (dependency != null) {
                return new Failure(Kind.TRANSIENT, dependency, summary);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof DeserializationException || t instanceof SerializationException
                    || t instanceof JacksonException || t instanceof IllegalArgumentException
                    || t instanceof ClassCastException) {
                return new Failure(Kind.PERMANENT, null, summary);
            }
        }
        return new Failure(Kind.UNKNOWN, null, summary);
    }

    /** What is away when this exception (not its causes) says so; null when it says nothing of the kind. */
    private static String dependencyAway(Throwable t) {
        if (t instanceof MongoTimeoutException || t instanceof MongoSocketException
                || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                || t instanceof MongoExecutionTimeoutException || t instanceof MongoConnectionPoolClearedException
                || t instanceof MongoServerUnavailableException || t instanceof MongoInterruptedException) {
            return "store";
        }
        if (t instanceof MongoServerException server && TRANSIENT_MONGO_CODES.contains(server.getCode())) {
            return "store";
        }
        if (t instanceof MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                || mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
            return "store";
        }
        if (t instanceof ConcurrentUpdateException) {
            return "a concurrent write";
        }
        if (t instanceof NotYetException notYet) {
            return notYet.awaited();
        }
        if (t instanceof RetriableException) {
            return "broker";
        }
        String byName = TRANSIENT_BY_NAME.get(t.getClass().getName());
        if (byName != null) {
            return byName;
        }
        if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                || t instanceof java.net.http.HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
            return "network";
        }
        return null;
    }

    private static Iterable<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The innermost cause as "Type: message", which says more than the adapters wrapped around it. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (root.getCause() != null && seen.put(root, true) == null) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
