package io.mqlsync.core.state;

/**
 * What a run did, record by record. Every count is never negative.
 *
 * @param read         records read from the CRM
 * @param scored       records scored
 * @param changed      records with a non-empty change written (or planned, in a dry run)
 * @param mqls         QUALIFIED transitions
 * @param accepted     ACCEPTED transitions
 * @param recycled     RECYCLED and EXPIRED transitions
 * @param disqualified DISQUALIFIED transitions
 * @param tasks        handoff tasks created
 * @param deadLetters  records whose write failed and were kept for retry
 */
public record RunCounts(long read, long scored, long changed, long mqls, long accepted, long recycled,
                        long disqualified, long tasks, long deadLetters) {
    private static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public RunCounts {
        if (read < 0 || scored < 0 || changed < 0 || mqls < 0 || accepted < 0 || recycled < 0 || disqualified < 0
                || tasks < 0 || deadLetters < 0) {
            throw new IllegalArgumentException("run counts must not be negative");
        }
    }

    /** Nothing done yet. */
    public static RunCounts zero() {
        return ZERO;
    }
}
