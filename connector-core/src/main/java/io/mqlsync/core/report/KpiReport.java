package io.mqlsync.core.report;

import java.util.List;
import java.util.Objects;

/**
 * The funnel KPIs of one instance over a range, as {@code mqlsync report} shows and exports them.
 *
 * @param query       what was asked
 * @param total       the funnel of all leads
 * @param bySource    the funnel per source, most MQLs first
 * @param byMedium    the funnel per medium, most MQLs first
 * @param byCampaign  the funnel per campaign, most MQLs first
 * @param rejections  sales rejections per reason code, most frequent first
 * @param recycling   recycled, expired and re-qualified leads
 * @param sla         time from qualification to first sales response
 * @param timeToMql   time from a lead's first score to its first qualification (leads first qualifying in the range)
 * @param quadrants   MQLs per quadrant, in the quadrants' order
 * @param trend       one row per period from the first with data to the report's end, gaps included
 * @param transitions transitions read: zero means the history holds nothing for the range
 */
public record KpiReport(KpiQuery query, FunnelRow total, List<FunnelRow> bySource, List<FunnelRow> byMedium,
                        List<FunnelRow> byCampaign, List<ReasonCount> rejections, Recycling recycling, SlaSummary sla,
                        DurationSummary timeToMql, List<QuadrantRow> quadrants, List<PeriodRow> trend, long transitions) {
    public KpiReport {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(total, "total");
        bySource = List.copyOf(bySource);
        byMedium = List.copyOf(byMedium);
        byCampaign = List.copyOf(byCampaign);
        rejections = List.copyOf(rejections);
        Objects.requireNonNull(recycling, "recycling");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(timeToMql, "timeToMql");
        quadrants = List.copyOf(quadrants);
        trend = List.copyOf(trend);
    }
}
