package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.core.state.OutcomeRead;
import io.mqlsync.core.state.ReadStream;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeReadingTest {
    @TempDir
    Path dir;

    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    private EngineFixture fx;

    @BeforeEach
    void open() {
        fx = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static LeadId lead(String id) {
        return new LeadId(id);
    }

    private Deal deal(String id, String lead, DealStage stage) {
        return new Deal(id, lead(lead), stage, Optional.of(new BigDecimal("1200.50")), Optional.of("EUR"), fx.clock.instant());
    }

    /** MQLs handed off, then the first accepted as SQL by sales (lifecycle stage). */
    private void sqlLeads(String... ids) {
        for (String id : ids) {
            fx.mql(id);
        }
        fx.engine().sync();
        fx.advance(Duration.ofHours(1));
        for (String id : ids) {
            fx.crm.set(id, "lifecycleStage", "salesqualifiedlead");
        }
    }

    /** Syncs until a run writes nothing, so only the sweep can see the leads again. */
    private void settle() {
        for (int i = 0; i < 5; i++) {
            int writes = fx.crm.writeCalls().size();
            fx.advance(Duration.ofHours(1));
            fx.engine().sync();
            if (fx.crm.writeCalls().size() == writes) {
                return;
            }
        }
        throw new AssertionError("the CRM never settled");
    }

    @Test
    void dealsOfLeadsDecidedSqlAreReadInOneCallPerPageAndSaved() {
        sqlLeads("1", "2");
        fx.mql("3");
        fx.crm.deal(deal("D1", "1", DealStage.OPEN)).deal(deal("D2", "1", DealStage.WON)).deal(deal("D3", "3", DealStage.WON));

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.outcomeCalls()).as("one read for the page's SQL leads, none for the MQL")
                .containsExactly(List.of(lead("1"), lead("2")));
        assertThat(fx.store.deals().ofLead(lead("1"))).extracting(Deal::id, Deal::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D1", DealStage.OPEN),
                        org.assertj.core.groups.Tuple.tuple("D2", DealStage.WON));
        assertThat(fx.store.deals().ofLead(lead("1")).get(1).amount()).contains(new BigDecimal("1200.50"));
        assertThat(fx.store.deals().ofLead(lead("2"))).isEmpty();
        assertThat(fx.store.deals().ofLead(lead("3"))).as("an MQL's deals are not read").isEmpty();
    }

    @Test
    void dealsAreSavedInThePagesTransactionSoACrashBeforeTheCommitSavesNone() {
        sqlLeads("1");
        fx.crm.deal(deal("D1", "1", DealStage.WON));
        var checkpoint = fx.store.checkpoints().find(ReadStream.INCREMENTAL);

        assertThatThrownBy(() -> fx.engine((step, page) -> {
            if (step == PipelineStep.TASKS_MARKED) {
                throw new CrashRecoveryTest.SimulatedCrash(step);
            }
        }).sync()).isInstanceOf(CrashRecoveryTest.SimulatedCrash.class);

        assertThat(fx.crm.outcomeCalls()).as("the deals were read").hasSize(1);
        assertThat(fx.store.deals().ofLead(lead("1"))).as("but not saved without the checkpoint").isEmpty();
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).isEqualTo(checkpoint);
        assertThat(fx.store.outcomeChecks().due(LATER, 10)).isEmpty();

        fx.storeClock.advance(SyncEngine.LEASE_TTL.plus(Duration.ofSeconds(1)));
        fx.engine().sync();

        assertThat(fx.store.deals().ofLead(lead("1"))).extracting(Deal::stage).containsExactly(DealStage.WON);
    }

    @Test
    void theSweepRevisitsAnOpenDealUntilItClosesThenLeavesItBe() {
        sqlLeads("1");
        fx.crm.deal(deal("D1", "1", DealStage.OPEN));
        settle();
        int calls = fx.crm.outcomeCalls().size();

        // the deal closes in the CRM; the lead record does not change
        fx.crm.deal(new Deal("D1", lead("1"), DealStage.WON, Optional.of(new BigDecimal("990")), Optional.empty(),
                fx.clock.instant()));
        fx.advance(Duration.ofHours(1));
        fx.engine().sync();

        assertThat(fx.crm.outcomeCalls()).hasSize(calls + 1);
        assertThat(fx.crm.outcomeCalls().getLast()).containsExactly(lead("1"));
        assertThat(fx.store.deals().ofLead(lead("1"))).singleElement().satisfies(d -> {
            assertThat(d.stage()).isEqualTo(DealStage.WON);
            assertThat(d.amount()).contains(new BigDecimal("990"));
        });

        fx.advance(Duration.ofHours(1));
        fx.engine().sync();
        assertThat(fx.crm.outcomeCalls()).as("a lead whose deals are all closed is not revisited").hasSize(calls + 1);
    }

    @Test
    void aSqlLeadWithoutDealsIsRevisitedUntilOneAppears() {
        sqlLeads("1");
        settle();
        int calls = fx.crm.outcomeCalls().size();
        fx.crm.deal(deal("D9", "1", DealStage.LOST));
        fx.advance(Duration.ofHours(1));

        fx.engine().sync();

        assertThat(fx.crm.outcomeCalls()).hasSize(calls + 1);
        assertThat(fx.store.deals().ofLead(lead("1"))).extracting(Deal::stage).containsExactly(DealStage.LOST);
    }

    @Test
    void theSweepIsBoundedPerRunAndTakesTheLongestUncheckedFirst() {
        Instant start = fx.clock.instant();
        fx.store.outcomeChecks().record(new OutcomeRead(start.minus(Duration.ofDays(1)), List.of(lead("a")),
                List.of(deal("Da", "a", DealStage.OPEN))));
        fx.store.outcomeChecks().record(new OutcomeRead(start.minus(Duration.ofDays(3)), List.of(lead("b")), List.of()));
        fx.store.outcomeChecks().record(new OutcomeRead(start.minus(Duration.ofHours(1)), List.of(lead("c")),
                List.of(deal("Dc", "c", DealStage.OPEN))));
        fx.store.outcomeChecks().record(new OutcomeRead(start.minus(Duration.ofDays(9)), List.of(lead("d")),
                List.of(deal("Dd", "d", DealStage.WON))));

        fx.engine().withOutcomeSweepLimit(2).sync();
        assertThat(fx.crm.outcomeCalls()).containsExactly(List.of(lead("b"), lead("a")));

        fx.advance(Duration.ofHours(1));
        fx.engine().withOutcomeSweepLimit(2).sync();
        assertThat(fx.crm.outcomeCalls().getLast()).as("then the one left, before those checked last run")
                .containsExactly(lead("c"), lead("a"));
    }

    @Test
    void theSweepReadsAPageOfLeadsPerCall() {
        Instant before = fx.clock.instant().minus(Duration.ofDays(1));
        List<LeadId> leads = java.util.stream.IntStream.range(0, 250).mapToObj(i -> lead(String.format("L%03d", i))).toList();
        fx.store.outcomeChecks().record(new OutcomeRead(before, leads, List.of()));

        fx.engine().sync();

        assertThat(fx.crm.outcomeCalls()).extracting(List::size).containsExactly(100, 100, 50);
    }

    @Test
    void aDryRunReadsNoDealsAndSavesNothing() {
        sqlLeads("1");
        fx.crm.deal(deal("D1", "1", DealStage.WON));
        fx.store.outcomeChecks().record(new OutcomeRead(fx.clock.instant().minus(Duration.ofDays(1)), List.of(lead("9")),
                List.of()));

        fx.engine().backfill(new BackfillOptions(Optional.empty(), java.util.OptionalLong.empty(), WriteMode.DRY_RUN, false),
                RunListener.none());

        assertThat(fx.crm.outcomeCalls()).isEmpty();
        assertThat(fx.store.deals().ofLead(lead("1"))).isEmpty();
    }

    @Test
    void aCrmThatRefusesDealsLeavesTheRunGoingWithoutOutcomes() {
        sqlLeads("1");
        fx.crm.failOutcomes(() -> new PermanentCrmException("deals.batchRead: 403 MISSING_SCOPES"));

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.property("1", "mql_status")).contains("SQL");
        assertThat(run.summary().errors()).anyMatch(e -> e.startsWith("outcomes not read"));
        assertThat(fx.store.outcomeChecks().due(LATER, 10)).isEmpty();
    }

    @Test
    void aCrmThatKeepsFailingOnDealsStopsTheRunBeforeThePageIsCommitted() {
        sqlLeads("1");
        var checkpoint = fx.store.checkpoints().find(ReadStream.INCREMENTAL);
        fx.crm.failOutcomes(() -> new TransientCrmException("deals.batchRead: 503", (Throwable) null));

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).isEqualTo(checkpoint);
        fx.crm.readOutcomes();
        fx.advance(Duration.ofMinutes(5));
        assertThat(fx.engine().sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.store.outcomeChecks().due(LATER, 10)).containsExactly(lead("1"));
    }
}
