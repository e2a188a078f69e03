package io.mqlsync.app.daemon;

import io.mqlsync.core.state.RunOutcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How one instance stands on this worker, for {@code /health}.
 *
 * @param instance    the instance's name
 * @param running     whether a run of it is in progress on this worker
 * @param lastOutcome how its last run here ended; empty before the first
 * @param lastSuccess when its last successful run here finished
 * @param lastError   when and why its last failed run here failed; empty when none failed
 * @param nextFire    when its schedule fires next; empty when it will not fire again
 */
public record InstanceStatus(String instance, boolean running, Optional<RunOutcome> lastOutcome,
                             Optional<Instant> lastSuccess, Optional<RunError> lastError, Optional<Instant> nextFire) {
    public InstanceStatus {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(lastOutcome, "lastOutcome");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextFire, "nextFire");
    }

    /**
     * Ready: its last run here succeeded, or it has not run here yet and nothing failed. A run that
     * finished with records kept for retry is not ready; neither is one whose last attempt failed.
     */
    public boolean ready() {
        return lastOutcome.map(o -> o == RunOutcome.SUCCEEDED || o == RunOutcome.STOPPED).orElse(lastError.isEmpty());
    }

    /**
     * A failed run.
     *
     * @param at      when it failed
     * @param message what went wrong: CRM ids and codes, never field values or secrets
     */
    public record RunError(Instant at, String message) {
        public RunError {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }
    }
}
