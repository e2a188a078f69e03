package io.mqlsync.core.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One period of the trend: the funnel of the leads first scored and first qualified in it, and the
 * dispositions that happened in it.
 *
 * @param start       the period's first instant
 * @param funnel      its funnel, keyed by the period's label
 * @param rejected    sales rejections (recycled or disqualified with a reason) in the period
 * @param expired     MQLs recycled for no disposition within {@code expireAfter} in the period
 * @param requalified recycled leads that qualified again in the period
 */
public record PeriodRow(Instant start, FunnelRow funnel, long rejected, long expired, long requalified) {
    public PeriodRow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(funnel, "funnel");
    }

    /** The period's label, e.g. {@code 2026-W05}. */
    public String label() {
        return funnel.key();
    }
}
