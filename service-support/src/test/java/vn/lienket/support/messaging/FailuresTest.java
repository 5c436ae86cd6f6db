package vn.lienket.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import vn.lienket.support.store.ConcurrentUpdateException;

class FailuresTest {

    @Test
    void aStoreTimeoutWrappedByTheListenerAdapterIsTransientAndWaitsOnTheStore() {
        Failures.Failure failure = Failures.classify(new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("saving the derived plan", new MongoTimeoutException("no server"))));

        assertThat(failure.kind()).isEqualTo(Failures.Kind.TRANSIENT);
        assertThat(failure.dependency()).isEqualTo("store");
        assertThat(failure.summary()).isEqualTo("MongoTimeoutException: no server");
    }

    @Test
    void aBrokerTimeoutANetworkTimeoutAndAConcurrentWriteAreTransient() {
        assertThat(Failures.classify(new org.apache.kafka.common.errors.TimeoutException("metadata")).dependency())
                .isEqualTo("broker");
        assertThat(Failures.classify(new UncheckedIOException(new SocketTimeoutException("read"))).dependency())
                .isEqualTo("network");
        assertThat(Failures.classify(new ConcurrentUpdateException("derived plan kien-giang")).kind())
                .isEqualTo(Failures.Kind.TRANSIENT);
    }

    @Test
    void aRecordTheListenerCalledPoisonIsPermanentEvenWhenItsCauseLooksLikeInputOutput() {
        Failures.Failure failure = Failures.classify(new ListenerExecutionFailedException("listener failed",
                new PoisonEventException("Payload does not parse", new UncheckedIOException(new SocketTimeoutException()))));

        assertThat(failure.kind()).isEqualTo(Failures.Kind.PERMANENT);
        assertThat(failure.dependency()).isNull();
    }

    @Test
    void anInvalidValueIsPermanentAndAnythingElseIsUnknown() {
        assertThat(Failures.classify(new IllegalArgumentException("due date before the version")).kind())
                .isEqualTo(Failures.Kind.PERMANENT);
        assertThat(Failures.classify(new NullPointerException("a bug")).kind()).isEqualTo(Failures.Kind.UNKNOWN);
    }
}
