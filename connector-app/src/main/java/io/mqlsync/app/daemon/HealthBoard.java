package io.mqlsync.app.daemon;

import io.mqlsync.app.daemon.InstanceStatus.RunError;
import io.mqlsync.core.state.RunOutcome;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What the daemon remembers of each instance's runs on this worker since it started. Thread-safe. */
final class HealthBoard {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(boolean running, Optional<RunOutcome> lastOutcome, Optional<Instant> lastSuccess,
                         Optional<RunError> lastError) {
        static final Entry NONE = new Entry(false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    HealthBoard(Collection<String> instances) {
        instances.forEach(i -> entries.put(i, Entry.NONE));
    }

    void started(String instance) {
        entries.compute(instance, (k, e) -> new Entry(true, e.lastOutcome(), e.lastSuccess(), e.lastError()));
    }

    void finished(String instance, InstanceRun run, Instant at) {
        RunOutcome outcome = run.record().outcome();
        Instant end = run.record().finishedAt().orElse(at);
        entries.compute(instance, (k, e) -> new Entry(false, Optional.of(outcome),
                outcome == RunOutcome.SUCCEEDED ? Optional.of(end) : e.lastSuccess(),
                outcome == RunOutcome.SUCCEEDED || outcome == RunOutcome.STOPPED ? e.lastError()
                        : Optional.of(new RunError(end, describe(run)))));
    }

    void failed(String instance, String message, Instant at) {
        entries.compute(instance, (k, e) -> new Entry(false, Optional.of(RunOutcome.FAILED), e.lastSuccess(),
                Optional.of(new RunError(at, message))));
    }

    /** Another run held the lease: nothing ran, nothing changes but that this one is not running. */
    void skipped(String instance) {
        entries.compute(instance, (k, e) -> new Entry(false, e.lastOutcome(), e.lastSuccess(), e.lastError()));
    }

    InstanceStatus status(String instance, Optional<Instant> nextFire) {
        Entry e = entries.getOrDefault(instance, Entry.NONE);
        return new InstanceStatus(instance, e.running(), e.lastOutcome(), e.lastSuccess(), e.lastError(), nextFire);
    }

    private static String describe(InstanceRun run) {
        List<String> errors = run.record().summary().errors();
        String outcome = run.record().outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return errors.isEmpty() ? outcome : outcome + ": " + errors.get(errors.size() - 1);
    }
}
