package io.mqlsync.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.Attribution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for the KPIs of any history: funnels narrow, groups add up to the total, every qualification ends once. */
class KpiProperties {
    static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");
    static final List<Attribution> SOURCES = List.of(HandBuiltHistory.GOOGLE_CPC, HandBuiltHistory.LINKEDIN, Attribution.none());

    /**
     * One lead's story.
     *
     * @param source       index into {@link #SOURCES}
     * @param seenHour     hours after T0 it was first scored
     * @param qualifyAfter hours after that it qualified; negative: never
     * @param outcome      0 nothing, 1 accepted, 2 accepted then SQL and maybe won, 3 recycled, 4 disqualified,
     *                     5 expired, 6 recycled then qualified again
     * @param respondAfter minutes from qualification to the sales step
     * @param currency     0 no deal, 1 EUR, 2 USD
     */
    record LeadScript(int source, int seenHour, int qualifyAfter, int outcome, int respondAfter, int currency) {
    }

    @Property(tries = 200)
    void funnelsNarrowAndEveryGroupingAddsUpToTheTotal(@ForAll("histories") List<LeadScript> scripts) {
        KpiReport report = new KpiCalculator().calculate(history(scripts),
                KpiCalculatorTest.query(T0.plus(Duration.ofDays(10)), ReportPeriod.WEEK, KpiCalculatorTest.FOUR_HOURS));
        FunnelRow total = report.total();

        assertThat(total.accepted()).isLessThanOrEqualTo(total.mqls());
        assertThat(total.sql()).isLessThanOrEqualTo(total.accepted());
        assertThat(total.sqlWon()).isLessThanOrEqualTo(Math.min(total.sql(), total.won()));
        assertThat(total.newMqls()).isLessThanOrEqualTo(Math.min(total.mqls(), total.leadsScored()));
        for (List<FunnelRow> grouping : List.of(report.bySource(), report.byMedium(), report.byCampaign(),
                report.trend().stream().map(PeriodRow::funnel).toList())) {
            assertThat(sum(grouping, FunnelRow::mqls)).isEqualTo(total.mqls());
            assertThat(sum(grouping, FunnelRow::leadsScored)).isEqualTo(total.leadsScored());
            assertThat(sum(grouping, FunnelRow::won)).isEqualTo(total.won());
        }
        assertThat(report.quadrants().stream().mapToLong(QuadrantRow::mqls).sum()).isEqualTo(total.mqls());
        Stream.of(report.bySource(), report.byCampaign(), List.of(total)).flatMap(List::stream)
                .flatMap(r -> Stream.of(r.mqlRate(), r.acceptedRate(), r.sqlRate(), r.sqlToWonRate()))
                .filter(OptionalDouble::isPresent)
                .forEach(rate -> assertThat(rate.getAsDouble()).isBetween(0.0, 1.0));
    }

    @Property(tries = 200)
    void everyQualificationIsAnsweredExpiredOrStillWaitingExactlyOnce(@ForAll("histories") List<LeadScript> scripts) {
        SlaSummary sla = new KpiCalculator().calculate(history(scripts),
                KpiCalculatorTest.query(Instant.EPOCH, ReportPeriod.MONTH, KpiCalculatorTest.FOUR_HOURS)).sla();

        assertThat(sla.responded() + sla.expired() + sla.awaiting()).isEqualTo(sla.qualifications());
        assertThat(sla.withinSla()).isLessThanOrEqualTo(sla.responded());
        assertThat(sla.awaitingOverdue()).isLessThanOrEqualTo(sla.awaiting());
        assertThat(sla.distribution().stream().mapToLong(SlaSummary.Bucket::count).sum()).isEqualTo(sla.responded());
        assertThat(sla.responseTime().count()).isEqualTo(sla.responded());
    }

    private static long sum(List<FunnelRow> rows, ToLongFunction<FunnelRow> value) {
        return rows.stream().mapToLong(value).sum();
    }

    @Provide
    Arbitrary<List<LeadScript>> histories() {
        Arbitrary<LeadScript> lead = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 24 * 40), Arbitraries.integers().between(-20, 200),
                Arbitraries.integers().between(0, 6), Arbitraries.integers().between(1, 60 * 24 * 5),
                Arbitraries.integers().between(0, 2)).as(LeadScript::new);
        return lead.list().ofMaxSize(30);
    }

    private static HandBuiltHistory history(List<LeadScript> scripts) {
        HandBuiltHistory history = new HandBuiltHistory();
        for (int i = 0; i < scripts.size(); i++) {
            LeadScript s = scripts.get(i);
            String lead = String.valueOf(i);
            Instant seen = T0.plus(Duration.ofHours(s.seenHour()));
            history.seen(lead, seen, SOURCES.get(s.source()));
            if (s.qualifyAfter() < 0) {
                continue;
            }
            Instant qualified = seen.plus(Duration.ofHours(s.qualifyAfter()));
            history.qualified(lead, MqlStatus.NONE, qualified, Quadrant.values()[i % 4], SOURCES.get((s.source() + i) % 3));
            Instant step = qualified.plus(Duration.ofMinutes(s.respondAfter()));
            switch (s.outcome()) {
                case 1 -> history.accepted(lead, step);
                case 2 -> {
                    history.accepted(lead, step).promoted(lead, MqlStatus.SAL, step.plus(Duration.ofDays(1)));
                    if (s.currency() > 0) {
                        history.deal("d" + i, lead, DealStage.WON, "100.5", s.currency() == 1 ? "EUR" : "USD",
                                step.plus(Duration.ofDays(3)));
                    }
                }
                case 3 -> history.recycled(lead, "timing", step);
                case 4 -> history.step(lead, MqlStatus.MQL, MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED,
                        Optional.of("competitor"), step);
                case 5 -> history.expired(lead, qualified.plus(Duration.ofDays(14)));
                case 6 -> history.recycled(lead, "no_budget", step).qualified(lead, MqlStatus.RECYCLED,
                        step.plus(Duration.ofDays(30)), Quadrant.ROUTE, SOURCES.get(s.source()));
                default -> {
                    // qualified and left waiting
                }
            }
        }
        return history;
    }
}
