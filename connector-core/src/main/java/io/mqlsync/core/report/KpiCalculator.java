package io.mqlsync.core.report;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes the funnel KPIs of a range from a {@link ReportSource} in three streaming reads: the range's
 * transitions, every lead's first sighting, every deal.
 *
 * <p><b>Memory.</b> No stream is held. The calculator keeps one small {@link Journey} (about 150 bytes)
 * per lead that qualified in the range, because conversions are cohort figures: an MQL's acceptance, SQL,
 * won deal and first sales response may come much later in the history than its qualification, and the
 * deals arrive in another stream. It also keeps one response time (8 bytes) per answered qualification
 * for exact percentiles, the ids of the MQLs' won deals, and one tally per source, medium, campaign, reason
 * and period. Nothing grows
 * with the number of transitions or with the leads that never qualified.
 *
 * <p><b>Attribution.</b> A lead is grouped by its first-touch attribution (when mqlsync first scored it),
 * else by the attribution on its qualifying transition, so that its MQL and its share of "leads scored"
 * fall in the same group. Missing values are grouped as {@value #NONE}.
 *
 * <p><b>Deals.</b> A deal attached to several MQLs makes each of them won, but its amount is revenue
 * once, credited to the first of them the deal stream names (the lowest lead id), so that groups add up
 * to the total.
 *
 * <p>Stateless and thread-safe; each call works on its own tallies.
 */
public final class KpiCalculator {
    /** The group of leads without a source, medium or campaign. */
    public static final String NONE = "(none)";
    /** The key of the all-leads funnel row. */
    public static final String TOTAL = "total";

    /** The KPIs of {@code query}'s range. */
    public KpiReport calculate(ReportSource source, KpiQuery query) {
        Periods periods = new Periods(query.by(), query.zone());
        HistoryPass history = new HistoryPass(query.tasks(), periods);
        source.transitions(query.since(), query.until(), history::accept);
        Map<LeadId, Journey> journeys = history.journeys();

        Groups groups = new Groups();
        DurationSample timeToMql = new DurationSample();
        // every first sighting up to the end: MQLs first seen before the range still need their first touch
        source.leadsSeen(Instant.EPOCH, query.until(), seen -> {
            Optional<Journey> journey = Optional.ofNullable(journeys.get(seen.lead()));
            journey.ifPresent(j -> firstTouch(j, seen, timeToMql));
            if (!seen.firstSeen().isBefore(query.since())) {
                boolean qualified = journey.isPresent();
                groups.forLead(seen.attribution()).forEach(t -> t.scored(qualified));
                periods.at(seen.firstSeen()).funnel.scored(qualified);
            }
        });
        Set<String> credited = new HashSet<>();
        source.deals(deal -> Optional.ofNullable(journeys.get(deal.lead()))
                .filter(j -> wonAfterQualifying(deal, j))
                .ifPresent(j -> j.won(deal, credited.add(deal.id()))));

        Map<Quadrant, long[]> quadrants = new EnumMap<>(Quadrant.class);
        for (Journey journey : journeys.values()) {
            groups.forLead(journey.attribution).forEach(t -> t.add(journey));
            periods.at(journey.firstQualified).funnel.add(journey);
            long[] q = quadrants.computeIfAbsent(journey.quadrant, k -> new long[4]);
            q[0]++;
            q[1] += journey.accepted ? 1 : 0;
            q[2] += journey.sql ? 1 : 0;
            q[3] += journey.rejected ? 1 : 0;
        }
        List<QuadrantRow> quadrantRows = quadrants.entrySet().stream()
                .map(e -> new QuadrantRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
        return new KpiReport(query, groups.total.row(TOTAL), Groups.rows(groups.bySource), Groups.rows(groups.byMedium),
                Groups.rows(groups.byCampaign), history.rejections(), history.recycling(), history.sla(query.until()),
                timeToMql.summary(), quadrantRows, periods.rows(query.until()), history.transitions());
    }

    private static void firstTouch(Journey journey, LeadSeen seen, DurationSample timeToMql) {
        journey.attribution = seen.attribution();
        if (journey.firstEver && !journey.firstQualified.isBefore(seen.firstSeen())) {
            timeToMql.add(Duration.between(seen.firstSeen(), journey.firstQualified));
        }
    }

    /**
     * A won deal counts as revenue from the MQL unless it closed before the day the lead qualified (UTC):
     * close dates are often whole days, so the day of qualification still counts.
     */
    private static boolean wonAfterQualifying(Deal deal, Journey journey) {
        return deal.stage() == DealStage.WON
                && !deal.at().isBefore(journey.firstQualified.truncatedTo(ChronoUnit.DAYS));
    }

    /** The tallies of all leads and of each source, medium and campaign. */
    private static final class Groups {
        final FunnelTally total = new FunnelTally();
        final Map<String, FunnelTally> bySource = new HashMap<>();
        final Map<String, FunnelTally> byMedium = new HashMap<>();
        final Map<String, FunnelTally> byCampaign = new HashMap<>();

        /** The four tallies a lead with {@code attribution} counts in. */
        List<FunnelTally> forLead(Attribution attribution) {
            Function<String, FunnelTally> create = k -> new FunnelTally();
            return List.of(total, bySource.computeIfAbsent(attribution.source().orElse(NONE), create),
                    byMedium.computeIfAbsent(attribution.medium().orElse(NONE), create),
                    byCampaign.computeIfAbsent(attribution.campaign().orElse(NONE), create));
        }

        /** Most MQLs first, then most leads scored, then by name. */
        static List<FunnelRow> rows(Map<String, FunnelTally> tallies) {
            List<FunnelRow> rows = new ArrayList<>();
            tallies.forEach((key, tally) -> rows.add(tally.row(key)));
            rows.sort(Comparator.comparingLong(FunnelRow::mqls).reversed()
                    .thenComparing(Comparator.comparingLong(FunnelRow::leadsScored).reversed())
                    .thenComparing(FunnelRow::key));
            return rows;
        }
    }
}
