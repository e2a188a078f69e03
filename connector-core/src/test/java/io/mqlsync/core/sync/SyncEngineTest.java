package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.core.state.LeaseHolder;
import io.mqlsync.core.state.Lease;
import io.mqlsync.core.state.ReadStream;
import io.mqlsync.core.state.RunMode;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.TaskState;
import io.mqlsync.core.state.TransitionRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {
    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void open() {
        fx = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theFirstSyncQualifiesRoutesInTurnAndCreatesOneTaskPerMql() {
        fx.mql("1").mql("2").mql("3").mql("4").cold("5");

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(run.mode()).isEqualTo(RunMode.SYNC);
        assertThat(List.of("1", "2", "3", "4")).allSatisfy(id -> {
            assertThat(fx.crm.property(id, "mql_status")).contains("MQL");
            assertThat(fx.crm.property(id, "lifecyclestage").or(() -> fx.crm.property(id, "lifecycleStage")))
                    .contains("marketingqualifiedlead");
        });
        assertThat(List.of("1", "2", "3", "4")).extracting(id -> fx.crm.ownerOf(id).orElseThrow().value())
                .containsExactly("A", "B", "A", "B");
        assertThat(fx.crm.property("5", "mql_status")).as("an absent status reads as NONE").isEmpty();
        assertThat(fx.crm.property("5", "mql_fit_score")).contains("0");
        assertThat(fx.crm.tasks()).extracting(FakeCrm.Task::key).containsExactly("acme:1:1", "acme:2:1", "acme:3:1", "acme:4:1");
        assertThat(fx.crm.tasks()).extracting(t -> t.owner().orElseThrow().value()).containsExactly("A", "B", "A", "B");
        assertThat(fx.crm.tasks()).allSatisfy(t -> assertThat(t.due()).isEqualTo(EngineFixture.NOW.plus(Duration.ofHours(4))));
        assertThat(run.summary().counts()).satisfies(c -> {
            assertThat(c.read()).isEqualTo(5);
            assertThat(c.scored()).isEqualTo(5);
            assertThat(c.changed()).isEqualTo(5);
            assertThat(c.mqls()).isEqualTo(4);
            assertThat(c.tasks()).isEqualTo(4);
            assertThat(c.deadLetters()).isZero();
        });
        assertThat(fx.store.tasks().pending()).isEmpty();
        assertThat(fx.store.tasks().find("acme:1:1")).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(TaskState.CREATED);
            assertThat(e.crmTaskId()).contains("T1");
        });
        assertThat(fx.store.transitions().ofLead(new LeadId("1"))).extracting(TransitionRecord::kind)
                .containsExactly(Transition.QUALIFIED);
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).isPresent();
        assertThat(fx.store.runs().find(run.id())).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.SUCCEEDED));
    }

    @Test
    void aReRunWithNothingNewWritesNothing() {
        fx.mql("1").mql("2").cold("3");
        fx.engine().sync();
        int calls = fx.crm.writeCalls().size();

        RunRecord again = fx.engine().sync();

        assertThat(fx.crm.writeCalls()).hasSize(calls);
        assertThat(again.summary().counts().changed()).isZero();
        assertThat(again.summary().counts().read()).as("our own writes count as changes, and read back equal").isEqualTo(3);
        assertThat(fx.crm.tasks()).hasSize(2);
    }

    @Test
    void aSalesRejectionIsRecycledToTheNurtureOwner() {
        fx.mql("1");
        fx.engine().sync();
        fx.advance(Duration.ofHours(2));
        fx.crm.set("1", "mql_rejection_reason", "timing");

        RunRecord run = fx.engine().sync();

        assertThat(fx.crm.property("1", "mql_status")).contains("RECYCLED");
        assertThat(fx.crm.property("1", "mql_last_rejection_reason")).contains("timing");
        assertThat(fx.crm.property("1", "mql_rejection_reason")).as("the input is cleared once handled").isEmpty();
        assertThat(fx.crm.property("1", "mql_recycle_count")).contains("1");
        assertThat(fx.crm.ownerOf("1")).contains(new OwnerId("N"));
        assertThat(run.summary().counts().recycled()).isEqualTo(1);
        assertThat(fx.store.transitions().ofLead(new LeadId("1"))).extracting(TransitionRecord::kind)
                .containsExactly(Transition.QUALIFIED, Transition.RECYCLED);
    }

    @Test
    void anMqlPastItsSlaExpiresThroughTheDecaySweep() {
        fx.mql("1");
        fx.engine().sync();
        fx.advance(Duration.ofDays(15));

        RunRecord run = fx.engine().sync();

        assertThat(fx.crm.property("1", "mql_status")).contains("RECYCLED");
        assertThat(fx.crm.property("1", "mql_last_rejection_reason")).contains("sla_expired");
        assertThat(run.summary().counts().recycled()).isEqualTo(1);
        assertThat(fx.store.checkpoints().find(ReadStream.RESCORE_SWEEP)).as("a finished sweep starts over next time").isEmpty();
    }

    @Test
    void theDecaySweepLowersScoresWithNoOtherChange() {
        fx.cold("1");
        fx.crm.event("1", Event.of(EventType.PAGE_VIEWED, EngineFixture.NOW.minus(Duration.ofHours(1))));
        fx.crm.event("1", Event.of(EventType.PAGE_VIEWED, EngineFixture.NOW.minus(Duration.ofHours(2))));
        fx.engine().sync();
        Map<String, String> before = fx.crm.state().get("1").properties();
        assertThat(before).containsEntry("mql_intent_score", "20");
        fx.advance(Duration.ofDays(20));

        RunRecord run = fx.engine().sync();

        Map<String, String> after = fx.crm.state().get("1").properties();
        assertThat(Integer.parseInt(after.get("mql_intent_score"))).isLessThan(20);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("mql_status")).isEqualTo(before.get("mql_status"));
        assertThat(after.get("lifecycleStage")).isEqualTo(before.get("lifecycleStage"));
        assertThat(fx.crm.ownerOf("1")).isEmpty();
        assertThat(run.summary().counts().changed()).isEqualTo(1);
        assertThat(run.summary().counts().mqls()).isZero();
    }

    @Test
    void aDryRunPlansEveryChangeAndWritesNothingAnywhere() {
        fx.mql("1").mql("2").cold("3");
        List<LeadChange> planned = new ArrayList<>();

        RunRecord run = fx.engine().backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.DRY_RUN,
                false), new RunListener() {
            @Override
            public void planned(LeadChange change) {
                planned.add(change);
            }
        });

        assertThat(run.mode()).isEqualTo(RunMode.DRY_RUN);
        assertThat(planned).extracting(LeadChange::lead).containsExactly(new LeadId("1"), new LeadId("2"), new LeadId("3"));
        assertThat(planned.get(0).task()).isPresent();
        assertThat(planned).extracting(c -> c.newOwner().map(OwnerId::value).orElse("-")).containsExactly("A", "B", "-");
        assertThat(fx.crm.writeCalls()).isEmpty();
        assertThat(fx.crm.tasks()).isEmpty();
        assertThat(fx.store.tasks().find("acme:1:1")).isEmpty();
        assertThat(fx.store.checkpoints().find(ReadStream.BACKFILL)).isEmpty();
        assertThat(fx.store.transitions().ofLead(new LeadId("1"))).isEmpty();

        fx.engine().sync();
        assertThat(fx.crm.ownerOf("1")).as("the dry run took no round-robin turn").contains(new OwnerId("A"));
    }

    @Test
    void oneGarbageRecordIsKeptForRetryAndNeverStopsTheRun() {
        fx.mql("1").mql("2").mql("3");
        fx.crm.poison("2");

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.RECORDS_FAILED);
        assertThat(fx.crm.property("1", "mql_status")).contains("MQL");
        assertThat(fx.crm.property("3", "mql_status")).contains("MQL");
        assertThat(fx.crm.property("2", "mql_status")).isEmpty();
        assertThat(run.summary().counts().deadLetters()).isEqualTo(1);
        assertThat(run.summary().errors()).containsExactly("lead 2: UNPROCESSABLE");
        assertThat(fx.store.deadLetters().find(new LeadId("2"))).hasValueSatisfying(d ->
                assertThat(d.code()).isEqualTo("UNPROCESSABLE"));
    }

    @Test
    void aDeadLetterWhoseLeadNeedsNothingAnyMoreIsSettledAndTheRunEnds() {
        fx.mql("1");
        fx.engine().sync();
        fx.crm.poison("1").set("1", "firstname", "Jo");
        assertThat(fx.engine().sync().outcome()).isEqualTo(RunOutcome.RECORDS_FAILED);
        fx.crm.cure("1");
        fx.advance(Duration.ofMinutes(16));
        int writes = fx.crm.writeCalls().size();

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.store.deadLetters().count()).isZero();
        assertThat(fx.crm.writeCalls()).hasSize(writes);
    }

    @Test
    void aRefusedWriteBecomesADeadLetterAndIsRetriedOnTheNextRunWhenDue() {
        fx.mql("1").mql("2").mql("3");
        fx.crm.refuse("2");

        RunRecord first = fx.engine().sync();

        assertThat(first.outcome()).isEqualTo(RunOutcome.RECORDS_FAILED);
        assertThat(first.summary().counts().deadLetters()).isEqualTo(1);
        assertThat(fx.store.deadLetters().find(new LeadId("2"))).hasValueSatisfying(d -> {
            assertThat(d.code()).isEqualTo("VALIDATION_ERROR");
            assertThat(d.task()).hasValueSatisfying(t -> assertThat(t.owner()).contains(new OwnerId("B")));
        });
        assertThat(fx.store.tasks().find("acme:2:1")).hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(TaskState.PENDING));
        fx.crm.accept("2");
        fx.advance(Duration.ofMinutes(16));

        RunRecord second = fx.engine().sync();

        assertThat(second.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.property("2", "mql_status")).contains("MQL");
        assertThat(fx.crm.ownerOf("2")).as("the owner chosen the first time").contains(new OwnerId("B"));
        assertThat(fx.crm.tasks()).extracting(FakeCrm.Task::key).containsExactly("acme:1:1", "acme:3:1", "acme:2:1");
        assertThat(fx.store.deadLetters().count()).isZero();
    }

    @Test
    void budgetExhaustionStopsCleanlyAfterTheLastCommittedPage() {
        for (int i = 100; i < 250; i++) {
            fx.cold(Integer.toString(i));
        }
        fx.crm.failWriteCall(2, () -> new ApiBudgetExhaustedException("daily limit reached"));

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.BUDGET_EXHAUSTED);
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).hasValueSatisfying(c ->
                assertThat(c.recordsDone()).isEqualTo(SyncEngine.PAGE_SIZE));
        assertThat(fx.store.lease().current()).as("the lease is given back").isEmpty();
        assertThat(fx.crm.property("100", "mql_fit_score")).isPresent();
        assertThat(fx.crm.property("249", "mql_fit_score")).isEmpty();

        RunRecord next = fx.engine().sync();

        assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.property("249", "mql_fit_score")).isPresent();
    }

    @Test
    void aWriteThatKeepsFailingStopsTheRunWithTheCheckpointBeforeThePage() {
        fx.mql("1");
        fx.crm.failNextWrite(() -> new TransientCrmException("503 after retries", null));

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.FAILED);
        assertThat(run.summary().errors()).anySatisfy(e -> assertThat(e).startsWith("CRM unavailable"));
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).isEmpty();
        assertThat(fx.engine().sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.tasks()).extracting(FakeCrm.Task::key).containsExactly("acme:1:1");
        assertThat(fx.crm.ownerOf("1")).as("the owner reserved before the failed write").contains(new OwnerId("A"));
    }

    @Test
    void theNextPageIsReadWhileTheCurrentOneIsWritten() {
        for (int i = 100; i < 250; i++) {
            fx.cold(Integer.toString(i));
        }
        List<Boolean> secondPageReadBeforeFirstWrite = new ArrayList<>();

        RunRecord run = fx.engine((step, page) -> {
            if (step == PipelineStep.RESERVED && page == 1) {
                try {
                    secondPageReadBeforeFirstWrite.add(fx.crm.awaitPageReads(2, Duration.ofSeconds(10)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }).sync();

        assertThat(secondPageReadBeforeFirstWrite).containsExactly(true);
        assertThat(run.summary().counts().changed()).isEqualTo(150);
    }

    @Test
    @Timeout(30)
    void aLeaseLeftByARunWhoseProcessDiedOnThisMachineIsTakenOverAtOnce() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ended.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String ours = LeaseHolder.newRun().value();
        String killed = ours.substring(0, ours.lastIndexOf('/') + 1) + ended.pid();
        assertThat(fx.store.lease().acquire(killed, Duration.ofMinutes(30))).isPresent();
        fx.mql("1");

        RunRecord run = fx.engine().sync();

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(fx.crm.tasks()).hasSize(1);
    }

    @Test
    void aRunAskedToStopEndsAfterItsLastCommittedPageAndTheNextSyncResumesThere() {
        for (int i = 100; i < 350; i++) {
            fx.cold(Integer.toString(i));
        }
        AtomicInteger committed = new AtomicInteger();
        RunControl stopAfterOnePage = new RunControl(() -> committed.get() >= 1, Duration.ofMinutes(1));

        RunRecord stopped = fx.engine((step, page) -> {
            if (step == PipelineStep.COMMITTED) {
                committed.incrementAndGet();
            }
        }).sync(stopAfterOnePage);

        assertThat(stopped.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(stopped.summary().counts().changed()).isEqualTo(100);
        assertThat(fx.store.checkpoints().find(ReadStream.INCREMENTAL)).hasValueSatisfying(c -> assertThat(c.recordsDone()).isEqualTo(100));
        assertThat(fx.store.lease().current()).as("the lease is given back").isEmpty();

        RunRecord next = fx.engine().sync();

        assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(next.summary().counts().changed()).as("only the records the stopped run left").isEqualTo(150);
    }

    @Test
    void theLeaseIsRenewedWhileAPageTakesLongerThanItsTimeToLive() {
        fx.cold("1");
        Duration ttl = Duration.ofSeconds(1);
        List<Optional<Instant>> expiries = new ArrayList<>();

        RunRecord run = fx.engine((step, page) -> {
            if (step == PipelineStep.RESERVED) {
                // the store's clock moves on while the page is written; only the keeper renews meanwhile
                fx.storeClock.advance(Duration.ofSeconds(10));
                expiries.add(awaitRenewalAfter(fx.storeClock.instant()));
            }
        }).sync(new RunControl(StopRequest.never(), ttl));

        assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
        assertThat(expiries).isNotEmpty().allSatisfy(e -> assertThat(e).as("renewed by the keeper").isPresent());
    }

    /** The lease's expiry once a renewal has pushed it past {@code now}; empty when none came in 5 seconds. */
    private Optional<Instant> awaitRenewalAfter(Instant now) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Instant> expiry = fx.store.lease().current().map(Lease::expiresAt).filter(e -> e.isAfter(now));
            if (expiry.isPresent()) {
                return expiry;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return Optional.empty();
    }

    @Test
    void aSecondConcurrentRunOfTheInstanceIsRefused() {
        fx.mql("1");
        assertThat(fx.store.lease().acquire("another-worker", Duration.ofMinutes(5))).isPresent();

        assertThatThrownBy(() -> fx.engine().sync()).isInstanceOf(InstanceBusyException.class)
                .hasMessageContaining("another run holds the lease");
        assertThat(fx.crm.writeCalls()).isEmpty();
    }

    @Test
    void aBackfillWithALimitKeepsItsCheckpointAndResumes() {
        for (int i = 100; i < 250; i++) {
            fx.cold(Integer.toString(i));
        }
        BackfillOptions limited = new BackfillOptions(Optional.empty(), OptionalLong.of(120), WriteMode.LIVE, false);

        RunRecord first = fx.engine().backfill(limited, RunListener.none());

        assertThat(first.summary().counts().read()).isEqualTo(120);
        assertThat(fx.store.checkpoints().find(ReadStream.BACKFILL)).hasValueSatisfying(c -> assertThat(c.recordsDone()).isEqualTo(120));

        RunRecord resumed = fx.engine().backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.LIVE, true),
                RunListener.none());

        assertThat(resumed.summary().counts().read()).isEqualTo(30);
        assertThat(fx.crm.property("249", "mql_fit_score")).isPresent();
        assertThat(fx.store.checkpoints().find(ReadStream.BACKFILL)).as("a finished backfill leaves nothing to resume").isEmpty();
    }
}
