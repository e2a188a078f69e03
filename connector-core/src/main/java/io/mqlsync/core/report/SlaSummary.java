package io.mqlsync.core.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How fast sales worked the qualifications of the range: the time from a lead's qualification to the
 * first sales response after it (accepted, promoted to SQL, or recycled or disqualified with a sales
 * reason), against the handoff task's due time.
 *
 * @param qualifications  qualifications in the range (a re-qualified lead counts again)
 * @param responded       of those, answered by sales by the report's end
 * @param withinSla       of the answered, those answered by the task's due time (inclusive)
 * @param expired         qualifications that expired without a response
 * @param awaiting        qualifications still without response or expiry at the report's end
 * @param awaitingOverdue of those, the ones already past their due time
 * @param responseTime    the spread of response times (wall-clock)
 * @param distribution    response times in buckets, shortest first
 */
public record SlaSummary(long qualifications, long responded, long withinSla, long expired, long awaiting, long awaitingOverdue,
                         DurationSummary responseTime, List<Bucket> distribution) {
    public SlaSummary {
        Objects.requireNonNull(responseTime, "responseTime");
        distribution = List.copyOf(distribution);
    }

    /**
     * Share within SLA of the qualifications whose SLA is decided: answered, expired, or still waiting past
     * their due time; empty when none is decided yet.
     */
    public OptionalDouble withinSlaShare() {
        return FunnelRow.ratio(withinSla, responded + expired + awaitingOverdue);
    }

    /**
     * A range of response times and how many fell in it.
     *
     * @param label e.g. {@code 1-4 h}
     * @param count responses in it
     */
    public record Bucket(String label, long count) {
        public Bucket {
            Objects.requireNonNull(label, "label");
        }
    }
}
