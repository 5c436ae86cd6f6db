package vn.lienket.support.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The one polling loop: woken by the write, not by its timer; backs off while failing; stops cleanly. */
class WorkLoopTest {

    @Test
    void aWakeStartsARoundLongBeforeTheTimerWould() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        WorkLoop loop = new WorkLoop("test-loop", Duration.ofHours(1), Duration.ofHours(1), () -> {
            first.countDown();
            second.countDown();
            return false;
        });
        loop.start();
        try {
            assertThat(first.await(30, TimeUnit.SECONDS)).as("a round on start").isTrue();
            loop.wake();
            assertThat(second.await(30, TimeUnit.SECONDS)).as("a round after the wake, the timer being an hour").isTrue();
        } finally {
            loop.stop();
        }
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void aRoundThatFoundWorkIsFollowedAtOnceByAnother() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        WorkLoop loop = new WorkLoop("test-loop", Duration.ofHours(1), Duration.ofHours(1), () -> {
            if (rounds.incrementAndGet() == 5) {
                done.countDown();
            }
            return rounds.get() < 5; // work found in the first four rounds
        });
        loop.start();
        try {
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            loop.stop();
        }
    }

    @Test
    void aFailingRoundIsTriedAgainAfterABackOffAndTheLoopRecovers() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch recovered = new CountDownLatch(1);
        WorkLoop loop = new WorkLoop("test-loop", Duration.ofMillis(5), Duration.ofMillis(40), () -> {
            int round = rounds.incrementAndGet();
            if (round <= 3) {
                throw new IllegalStateException("store away");
            }
            if (round == 5) {
                recovered.countDown(); // the good fourth round has returned by now
            }
            return round == 4;
        });
        loop.start();
        try {
            assertThat(recovered.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.failing()).as("a good round ends the failing state").isFalse();
        } finally {
            loop.stop();
        }
    }

    @Test
    void stopEndsASleepingLoopAndStartsNoMoreRounds() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        WorkLoop loop = new WorkLoop("test-loop", Duration.ofHours(1), Duration.ofHours(1), () -> {
            rounds.incrementAndGet();
            first.countDown();
            return false;
        });
        loop.start();
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        int after = rounds.get();
        loop.wake();
        assertThat(loop.isRunning()).isFalse();
        assertThat(rounds.get()).isEqualTo(after);
    }

    /**
     * SIGTERM during a send: the round in progress is not interrupted (an interrupted outcome write
     * leaves the alert SENDING, to be sent again once its lease runs out); stop() waits for it, and
     * the round sees {@link WorkLoop#stopping()} so it takes no further item.
     */
    @Test
    void stopLetsARoundInProgressFinishItsOutcomeWriteUninterruptedAndWaitsForIt() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch sendDone = new CountDownLatch(1);
        AtomicBoolean outcomeWritten = new AtomicBoolean();
        AtomicBoolean sawStopping = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        AtomicReference<WorkLoop> self = new AtomicReference<>();
        WorkLoop loop = new WorkLoop("test-loop", Duration.ofHours(1), Duration.ofHours(1), Duration.ofMinutes(2), () -> {
            if (rounds.incrementAndGet() > 1) {
                return false;
            }
            inRound.countDown();
            sendDone.await(); // the send in progress; an interrupt would throw here, before the outcome's write
            outcomeWritten.set(!Thread.currentThread().isInterrupted());
            sawStopping.set(self.get().stopping());
            return true; // more work found: without stop, another round would follow at once
        });
        self.set(loop);
        loop.start();
        assertThat(inRound.await(30, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean writtenWhenStopReturned = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            loop.stop();
            writtenWhenStopReturned.set(outcomeWritten.get());
        }, "stopper");
        stopper.start();
        await().atMost(Duration.ofSeconds(30)).until(loop::stopping);
        sendDone.countDown();
        stopper.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(stopper.isAlive()).isFalse();
        assertThat(outcomeWritten).as("the round finished its outcome write, not interrupted").isTrue();
        assertThat(writtenWhenStopReturned).as("stop() returned only after the round had finished").isTrue();
        assertThat(sawStopping).as("the round was told the loop is stopping").isTrue();
        assertThat(rounds.get()).as("no round after stop, though the last one found work").isEqualTo(1);
        assertThat(loop.isRunning()).isFalse();
    }
}
