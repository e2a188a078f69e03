package io.mqlsync.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.Schedule;
import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.state.RunId;
import io.mqlsync.core.state.RunMode;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.RunSummary;
import io.mqlsync.core.sync.InstanceBusyException;
import io.mqlsync.core.sync.RunControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scheduler itself, with runners standing in for syncs: isolation, no overlap, health, stop. */
class DaemonTest {
    private static final Schedule EVERY_SECOND = new Schedule("* * * * * ?", ZoneId.of("UTC"));
    private static final DaemonSettings LOCAL = new DaemonSettings(new ScheduleStore.InMemory(), Duration.ofSeconds(10),
            Duration.ofSeconds(10));

    @Test
    @Timeout(60)
    void aFailingInstanceNeverStopsTheOthersAndHealthTellsWhichIsWhich() {
        CountingRunner good = new CountingRunner(Duration.ZERO, Optional.empty());
        CountingRunner bad = new CountingRunner(Duration.ZERO, Optional.of(new MqlsyncException("crm refused: 503 after retries")));
        CountingRunner busy = new CountingRunner(Duration.ZERO, Optional.of(new InstanceBusyException("instance busy: another run holds the lease")));
        RecordingObserver observer = new RecordingObserver();

        Daemon daemon = Daemon.start(List.of(new ScheduledInstance("bad", EVERY_SECOND, bad),
                new ScheduledInstance("good", EVERY_SECOND, good), new ScheduledInstance("busy", EVERY_SECOND, busy)),
                LOCAL, observer, Clock.systemUTC());
        try {
            await(() -> good.calls.get() >= 3 && bad.calls.get() >= 3 && busy.calls.get() >= 3);
        } finally {
            assertThat(daemon.stop()).isTrue();
        }

        List<InstanceStatus> status = daemon.status();
        assertThat(status).extracting(InstanceStatus::instance).containsExactly("bad", "good", "busy");
        InstanceStatus badStatus = status.get(0);
        assertThat(badStatus.ready()).isFalse();
        assertThat(badStatus.lastOutcome()).contains(RunOutcome.FAILED);
        assertThat(badStatus.lastError()).hasValueSatisfying(e -> assertThat(e.message()).isEqualTo("crm refused: 503 after retries"));
        assertThat(badStatus.lastSuccess()).isEmpty();
        InstanceStatus goodStatus = status.get(1);
        assertThat(goodStatus.ready()).isTrue();
        assertThat(goodStatus.lastSuccess()).isPresent();
        assertThat(goodStatus.lastError()).isEmpty();
        assertThat(status.get(2).lastOutcome()).as("a fire that found the lease taken did not run").isEmpty();
        assertThat(observer.failed.get()).isEqualTo(bad.calls.get());
        assertThat(observer.busy.get()).isEqualTo(busy.calls.get());
        assertThat(observer.finished.get()).isEqualTo(good.calls.get());
    }

    @Test
    @Timeout(60)
    void aRunLongerThanTheIntervalNeverOverlapsItselfAndCatchesUpOnce() {
        CountingRunner slow = new CountingRunner(Duration.ofMillis(3_500), Optional.empty());

        Daemon daemon = Daemon.start(List.of(new ScheduledInstance("slow", EVERY_SECOND, slow)), LOCAL,
                RunObserver.none(), Clock.systemUTC());
        try {
            await(() -> slow.calls.get() >= 3);
        } finally {
            daemon.stop();
        }

        assertThat(slow.mostAtOnce.get()).as("never two runs at once").isEqualTo(1);
        // about three fires are missed during each run: without the misfire policy each would run in turn
        List<Instant> starts = slow.starts();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.between(starts.get(i - 1), starts.get(i))).as("one catch-up run, right after the last")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(3_400));
        }
    }

    @Test
    @Timeout(60)
    void aStopEndsARunningSyncThroughItsStopRequestAndWaitsForIt() {
        CountingRunner untilStopped = new CountingRunner(Duration.ofMinutes(5), Optional.empty());
        Daemon daemon = Daemon.start(List.of(new ScheduledInstance("long", EVERY_SECOND, untilStopped)), LOCAL,
                RunObserver.none(), Clock.systemUTC());
        await(() -> untilStopped.active.get() == 1);

        long begin = System.nanoTime();
        boolean clean = daemon.stop();

        assertThat(clean).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        assertThat(untilStopped.stoppedEarly.get()).isEqualTo(1);
        assertThat(untilStopped.calls.get()).as("nothing fires once stopping").isEqualTo(1);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 30 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /**
     * Stands in for an instance's sync: takes {@code length} (ending early when asked to stop, as the
     * engine does between pages), then succeeds or throws {@code failure}; records how many ran at once.
     */
    private static final class CountingRunner implements InstanceRunner {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger active = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger stoppedEarly = new AtomicInteger();
        private final List<Instant> starts = new CopyOnWriteArrayList<>();
        private final Duration length;
        private final Optional<RuntimeException> failure;

        CountingRunner(Duration length, Optional<RuntimeException> failure) {
            this.length = length;
            this.failure = failure;
        }

        List<Instant> starts() {
            return List.copyOf(starts);
        }

        @Override
        public InstanceRun run(RunControl control) {
            Instant start = Instant.now();
            starts.add(start);
            mostAtOnce.accumulateAndGet(active.incrementAndGet(), Math::max);
            try {
                long end = System.nanoTime() + length.toNanos();
                while (System.nanoTime() < end) {
                    if (control.stop().stopRequested()) {
                        stoppedEarly.incrementAndGet();
                        break;
                    }
                    LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
                failure.ifPresent(f -> {
                    throw f;
                });
                return new InstanceRun(new RunRecord(new RunId("r" + calls.get()), RunMode.SYNC, RunOutcome.SUCCEEDED, start,
                        Optional.of(Instant.now()), RunSummary.empty()), 0);
            } finally {
                active.decrementAndGet();
                calls.incrementAndGet();
            }
        }
    }

    private static final class RecordingObserver implements RunObserver {
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger busy = new AtomicInteger();

        @Override
        public void finished(String instance, InstanceRun run) {
            finished.incrementAndGet();
        }

        @Override
        public void failed(String instance, Exception failure) {
            failed.incrementAndGet();
        }

        @Override
        public void busy(String instance) {
            busy.incrementAndGet();
        }
    }
}
