package io.mqlsync.core.report;

/**
 * What happened to rejected and unworked leads in the range, counted in transitions.
 *
 * @param recycledBySales     MQLs or SALs sales recycled with a reason
 * @param disqualifiedBySales MQLs or SALs sales disqualified (including by {@code max_recycles})
 * @param expired             MQLs recycled with {@code sla_expired}: no disposition within {@code expireAfter}
 * @param requalified         recycled leads that qualified again
 * @param disqualifiedByModel leads the model's {@code disqualifyIf} disqualified
 */
public record Recycling(long recycledBySales, long disqualifiedBySales, long expired, long requalified, long disqualifiedByModel) {
}
