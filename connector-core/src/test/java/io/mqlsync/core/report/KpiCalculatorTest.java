package io.mqlsync.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.planning.BusinessHours;
import io.mqlsync.core.planning.SubjectTemplate;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.state.Attribution;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KpiCalculatorTest {
    /** A Monday. */
    static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant UNTIL = T0.plus(Duration.ofDays(60));
    static final TasksConfig FOUR_HOURS = tasks(Optional.empty());

    private final KpiCalculator calculator = new KpiCalculator();

    static TasksConfig tasks(Optional<BusinessHours> hours) {
        return new TasksConfig(true, Duration.ofHours(4), hours, TaskPriority.HIGH, SubjectTemplate.of("New MQL"));
    }

    static KpiQuery query(Instant since, ReportPeriod by, TasksConfig tasks) {
        return new KpiQuery(since, UNTIL, by, ZoneOffset.UTC, tasks, Duration.ofDays(14));
    }

    private KpiReport report(HandBuiltHistory history) {
        return calculator.calculate(history, query(Instant.EPOCH, ReportPeriod.WEEK, FOUR_HOURS));
    }

    @Test
    void anEmptyHistoryGivesZerosAndNoRateAtAll() {
        KpiReport report = report(new HandBuiltHistory());

        assertThat(report.total()).isEqualTo(new FunnelRow("total", 0, 0, 0, 0, 0, 0, 0, Revenue.none()));
        assertThat(List.of(report.total().mqlRate(), report.total().acceptedRate(), report.total().sqlRate(),
                report.total().sqlToWonRate(), report.sla().withinSlaShare())).allMatch(OptionalDouble::isEmpty);
        assertThat(report.bySource()).isEmpty();
        assertThat(report.rejections()).isEmpty();
        assertThat(report.trend()).isEmpty();
        assertThat(report.quadrants()).isEmpty();
        assertThat(report.sla().responseTime()).isEqualTo(new DurationSummary(0, Optional.empty(), Optional.empty()));
        assertThat(report.timeToMql().count()).isZero();
        assertThat(report.transitions()).isZero();
    }

    @Test
    void oneLeadThroughTheWholeFunnelCountsOnceAtEveryStage() {
        KpiReport report = report(new HandBuiltHistory()
                .seen("1", T0, HandBuiltHistory.GOOGLE_CPC)
                .qualified("1", T0.plus(Duration.ofHours(2)))
                .accepted("1", T0.plus(Duration.ofHours(5)))
                .promoted("1", MqlStatus.SAL, T0.plus(Duration.ofDays(1)))
                .deal("d1", "1", DealStage.WON, "1200.50", "EUR", T0.plus(Duration.ofDays(10))));

        FunnelRow total = report.total();
        assertThat(total).isEqualTo(new FunnelRow("total", 1, 1, 1, 1, 1, 1, 1,
                new Revenue(new TreeMap<>(Map.of("EUR", new BigDecimal("1200.50"))), 1, 0)));
        assertThat(total.mqlRate()).hasValue(1.0);
        assertThat(total.sqlToWonRate()).hasValue(1.0);
        assertThat(report.bySource()).extracting(FunnelRow::key).containsExactly("google");
        assertThat(report.byCampaign()).extracting(FunnelRow::key).containsExactly("spring-launch");
        assertThat(report.timeToMql()).isEqualTo(new DurationSummary(1, Optional.of(Duration.ofHours(2)), Optional.of(Duration.ofHours(2))));
        assertThat(report.sla().responded()).isEqualTo(1);
        assertThat(report.sla().withinSla()).isEqualTo(1);
        assertThat(report.sla().responseTime().median()).contains(Duration.ofHours(3));
        assertThat(report.sla().distribution()).filteredOn(b -> b.count() > 0).containsExactly(new SlaSummary.Bucket("1–4 h", 1));
        assertThat(report.quadrants()).containsExactly(new QuadrantRow(Quadrant.ROUTE, 1, 1, 1, 0));
        assertThat(report.transitions()).isEqualTo(3);
    }

    @Test
    void aRecycledLeadThatQualifiesAgainIsOneMqlWithTwoQualificationsAndOneTimeToMql() {
        KpiReport report = report(new HandBuiltHistory()
                .seen("1", T0, HandBuiltHistory.GOOGLE_CPC)
                .qualified("1", T0)
                .recycled("1", "timing", T0.plus(Duration.ofDays(1)))
                .qualified("1", MqlStatus.RECYCLED, T0.plus(Duration.ofDays(40)), Quadrant.ROUTE, HandBuiltHistory.GOOGLE_CPC)
                .accepted("1", T0.plus(Duration.ofDays(40)).plus(Duration.ofHours(1))));

        assertThat(report.total().mqls()).isEqualTo(1);
        assertThat(report.total().accepted()).isEqualTo(1);
        assertThat(report.recycling()).isEqualTo(new Recycling(1, 0, 0, 1, 0));
        assertThat(report.rejections()).containsExactly(new ReasonCount("timing", 1, 0));
        assertThat(report.sla().qualifications()).isEqualTo(2);
        assertThat(report.sla().responded()).isEqualTo(2);
        assertThat(report.sla().withinSla()).isEqualTo(1);
        assertThat(report.sla().withinSlaShare()).hasValue(0.5);
        assertThat(report.sla().responseTime().median()).contains(Duration.ofHours(1));
        assertThat(report.sla().responseTime().p90()).contains(Duration.ofDays(1));
        assertThat(report.timeToMql().count()).isEqualTo(1);
        assertThat(report.quadrants()).containsExactly(new QuadrantRow(Quadrant.ROUTE, 1, 1, 0, 1));
        assertThat(report.trend()).filteredOn(p -> p.requalified() > 0).extracting(PeriodRow::label).containsExactly("2026-W50");
    }

    @Test
    void revenueIsSummedPerCurrencyAndNeverAcrossCurrencies() {
        KpiReport report = report(new HandBuiltHistory()
                .qualified("1", T0).promoted("1", MqlStatus.MQL, T0.plusSeconds(60))
                .qualified("2", T0).promoted("2", MqlStatus.MQL, T0.plusSeconds(60))
                .qualified("3", T0)
                .deal("a", "1", DealStage.WON, "100.10", "EUR", T0.plus(Duration.ofDays(3)))
                .deal("b", "1", DealStage.WON, "200", "USD", T0.plus(Duration.ofDays(4)))
                .deal("c", "2", DealStage.WON, "50", "EUR", T0.plus(Duration.ofDays(5)))
                .deal("d", "3", DealStage.WON, null, null, T0.plus(Duration.ofDays(5)))
                .deal("e", "3", DealStage.WON, "9.99", null, T0.plus(Duration.ofDays(5)))
                .deal("lost", "2", DealStage.LOST, "999", "EUR", T0.plus(Duration.ofDays(6)))
                .deal("before", "2", DealStage.WON, "999", "EUR", T0.minus(Duration.ofDays(30)))
                .deal("not-an-mql", "9", DealStage.WON, "999", "EUR", T0));

        Revenue revenue = report.total().revenue();
        assertThat(revenue.byCurrency()).containsExactly(Map.entry("EUR", new BigDecimal("150.10")),
                Map.entry("USD", new BigDecimal("200")), Map.entry(Revenue.UNSPECIFIED, new BigDecimal("9.99")));
        assertThat(revenue.wonDeals()).isEqualTo(5);
        assertThat(revenue.wonWithoutAmount()).isEqualTo(1);
        assertThat(report.total().won()).isEqualTo(3);
        assertThat(report.total().sqlWon()).isEqualTo(2);
        assertThat(report.total().sqlToWonRate()).hasValue(1.0);
    }

    @Test
    void aDealAttachedToTwoMqlsMakesBothWonButIsRevenueOnce() {
        KpiReport report = report(new HandBuiltHistory()
                .seen("1", T0, HandBuiltHistory.GOOGLE_CPC).qualified("1", T0)
                .seen("2", T0, HandBuiltHistory.LINKEDIN).qualified("2", T0)
                .deal("shared", "1", DealStage.WON, "5000", "EUR", T0.plus(Duration.ofDays(9)))
                .deal("shared", "2", DealStage.WON, "5000", "EUR", T0.plus(Duration.ofDays(9))));

        assertThat(report.total().won()).isEqualTo(2);
        assertThat(report.total().revenue().byCurrency()).containsExactly(Map.entry("EUR", new BigDecimal("5000")));
        assertThat(report.total().revenue().wonDeals()).isEqualTo(1);
        assertThat(report.bySource()).extracting(r -> r.revenue().wonDeals()).containsExactlyInAnyOrder(1L, 0L);
    }

    @Test
    void aResponseExactlyAtTheDueTimeIsWithinSlaAndOneMillisecondLaterIsNot() {
        KpiReport report = report(new HandBuiltHistory()
                .qualified("on-time", T0).accepted("on-time", T0.plus(Duration.ofHours(4)))
                .qualified("late", T0).accepted("late", T0.plus(Duration.ofHours(4)).plusMillis(1))
                .qualified("expired", T0).expired("expired", T0.plus(Duration.ofDays(14)))
                .qualified("waiting", UNTIL.minus(Duration.ofHours(1)))
                .qualified("overdue", UNTIL.minus(Duration.ofHours(5))));

        SlaSummary sla = report.sla();
        assertThat(sla.qualifications()).isEqualTo(5);
        assertThat(sla.responded()).isEqualTo(2);
        assertThat(sla.withinSla()).isEqualTo(1);
        assertThat(sla.expired()).isEqualTo(1);
        assertThat(sla.awaiting()).isEqualTo(2);
        assertThat(sla.awaitingOverdue()).isEqualTo(1);
        // on time of (answered 2 + expired 1 + overdue 1); the lead still within its SLA is undecided
        assertThat(sla.withinSlaShare()).hasValue(0.25);
        assertThat(sla.distribution()).filteredOn(b -> b.count() > 0)
                .containsExactly(new SlaSummary.Bucket("1–4 h", 1), new SlaSummary.Bucket("4–8 h", 1));
        assertThat(report.recycling().expired()).isEqualTo(1);
    }

    @Test
    void theSlaClockCountsOnlyBusinessHoursWhenTheConfigSaysSo() {
        ZoneId newYork = ZoneId.of("America/New_York");
        BusinessHours hours = new BusinessHours(newYork, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant fridayFourPm = Instant.parse("2026-11-06T21:00:00Z");
        Instant mondayElevenAm = Instant.parse("2026-11-09T16:00:00Z");
        HandBuiltHistory history = new HandBuiltHistory().qualified("1", fridayFourPm).accepted("1", mondayElevenAm);

        SlaSummary business = calculator.calculate(history, query(Instant.EPOCH, ReportPeriod.WEEK, tasks(Optional.of(hours)))).sla();
        SlaSummary wallClock = calculator.calculate(history, query(Instant.EPOCH, ReportPeriod.WEEK, FOUR_HOURS)).sla();

        assertThat(business.withinSla()).isEqualTo(1);
        assertThat(wallClock.withinSla()).isZero();
        assertThat(business.responseTime().median()).contains(Duration.ofHours(67));
    }

    @Test
    void theMqlRateIsTheShareOfLeadsFirstScoredInTheRangeThatQualifiedGroupedByFirstTouch() {
        Instant since = T0.plus(Duration.ofDays(7));
        KpiReport report = calculator.calculate(new HandBuiltHistory()
                        .seen("old", T0, HandBuiltHistory.LINKEDIN)
                        .qualified("old", MqlStatus.NONE, since.plusSeconds(10), Quadrant.ROUTE, HandBuiltHistory.GOOGLE_CPC)
                        .seen("1", since, HandBuiltHistory.GOOGLE_CPC)
                        .qualified("1", MqlStatus.NONE, since.plusSeconds(60), Quadrant.NURTURE, HandBuiltHistory.LINKEDIN)
                        .seen("2", since, HandBuiltHistory.GOOGLE_CPC)
                        .seen("3", since, HandBuiltHistory.GOOGLE_CPC)
                        .seen("4", since, Attribution.none())
                        .qualified("early", T0)
                        .step("model", MqlStatus.NONE, MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, Optional.of("model"), since)
                        .step("1", MqlStatus.MQL, MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, Optional.of("competitor"),
                                since.plus(Duration.ofDays(2))),
                query(since, ReportPeriod.WEEK, FOUR_HOURS));

        assertThat(report.total().leadsScored()).isEqualTo(4);
        assertThat(report.total().mqls()).isEqualTo(2);
        assertThat(report.total().mqlRate()).hasValue(0.25);
        assertThat(report.bySource()).containsExactly(
                new FunnelRow("google", 3, 1, 1, 0, 0, 0, 0, Revenue.none()),
                new FunnelRow("linkedin", 0, 0, 1, 0, 0, 0, 0, Revenue.none()),
                new FunnelRow(KpiCalculator.NONE, 1, 0, 0, 0, 0, 0, 0, Revenue.none()));
        assertThat(report.recycling()).isEqualTo(new Recycling(0, 1, 0, 0, 1));
        assertThat(report.rejections()).containsExactly(new ReasonCount("competitor", 0, 1));
        assertThat(report.quadrants()).extracting(QuadrantRow::quadrant).containsExactly(Quadrant.ROUTE, Quadrant.NURTURE);
        assertThat(report.timeToMql()).isEqualTo(new DurationSummary(2, Optional.of(Duration.ofSeconds(60)),
                Optional.of(Duration.ofDays(7).plusSeconds(10))));
    }

    @Test
    void theTrendHasEveryPeriodFromTheFirstWithDataToTheEndIncludingEmptyOnes() {
        KpiReport weekly = calculator.calculate(new HandBuiltHistory()
                        .seen("1", T0, HandBuiltHistory.GOOGLE_CPC).qualified("1", T0)
                        .seen("2", T0.plus(Duration.ofDays(21)), HandBuiltHistory.GOOGLE_CPC)
                        .qualified("2", T0.plus(Duration.ofDays(21))).recycled("2", "no_budget", T0.plus(Duration.ofDays(22))),
                query(Instant.EPOCH, ReportPeriod.WEEK, FOUR_HOURS));

        assertThat(weekly.trend()).extracting(PeriodRow::label).containsExactly("2026-W45", "2026-W46", "2026-W47",
                "2026-W48", "2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53");
        assertThat(weekly.trend()).extracting(p -> p.funnel().mqls()).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(weekly.trend()).extracting(PeriodRow::rejected).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(weekly.trend().get(0).funnel().mqlRate()).hasValue(1.0);
        assertThat(weekly.trend().get(1).funnel().mqlRate()).isEmpty();

        KpiReport monthly = calculator.calculate(new HandBuiltHistory().qualified("1", T0),
                query(Instant.EPOCH, ReportPeriod.MONTH, FOUR_HOURS));
        assertThat(monthly.trend()).extracting(PeriodRow::label).containsExactly("2026-11", "2026-12", "2027-01");
    }
}
