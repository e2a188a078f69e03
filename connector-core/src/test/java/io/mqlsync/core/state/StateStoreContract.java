package io.mqlsync.core.state;

import io.mqlsync.core.MutableClock;
import static io.mqlsync.core.state.StoreFixtures.qualifyingChange;
import static io.mqlsync.core.state.StoreFixtures.recycled;
import static io.mqlsync.core.state.StoreFixtures.scoreChange;
import static io.mqlsync.core.state.StoreFixtures.transition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.EngagementArchiveContract;
import io.mqlsync.core.spi.WriteResult;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} database must do; run against SQLite and embedded PostgreSQL by its
 * subclasses. Each test gets a fresh, empty database.
 */
abstract class StateStoreContract implements EngagementArchiveContract {
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final String INSTANCE = "acme-hubspot";

    final MutableClock clock = new MutableClock(T0);
    final List<StateDatabase> opened = new ArrayList<>();
    StateStoreSettings settings;
    StateDatabase db;
    StateStore store;

    /** Settings of a new, empty database. */
    abstract StateStoreSettings freshDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        settings = freshDatabase();
        db = open(settings);
        store = db.forInstance(INSTANCE);
    }

    @AfterEach
    void closeDatabases() {
        opened.forEach(StateDatabase::close);
    }

    StateDatabase open(StateStoreSettings with) {
        StateDatabase database = StateDatabase.open(with, clock);
        opened.add(database);
        return database;
    }

    @Override
    public EngagementArchive archive() {
        return store.engagementArchive();
    }

    @Test
    void archivedEngagementIsKeptPerInstanceAndAcrossReopening() {
        store.engagementArchive().file("hubspot.forms", List.of(new EngagementArchive.KeyedEvent("a@x.io",
                Event.of(EventType.FORM_SUBMITTED, T0))));
        store.engagementArchive().markReadUpTo("hubspot.forms", "form-1", T0);

        StateStore again = reopen();
        StateStore other = db.forInstance("other");

        assertThat(other.engagementArchive().eventsOf("hubspot.forms", List.of("a@x.io"), T0)).isEmpty();
        assertThat(other.engagementArchive().readUpTo("hubspot.forms", "form-1")).isEmpty();
        assertThat(again.engagementArchive().eventsOf("hubspot.forms", List.of("a@x.io"), T0)).containsKey("a@x.io");
        assertThat(again.engagementArchive().readUpTo("hubspot.forms", "form-1")).contains(T0);
    }

    /** Closes the database and opens it again, as a new process after a crash would. */
    StateStore reopen() {
        db.close();
        db = open(settings);
        store = db.forInstance(INSTANCE);
        return store;
    }

    // --- checkpoints

    @Test
    void aStreamWithoutCheckpointHasNone() {
        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL)).isEmpty();
    }

    @Test
    void eachStreamKeepsItsOwnCheckpointUntilCleared() {
        store.checkpoints().save(ReadStream.INCREMENTAL, new Cursor("inc-1"), 10);
        store.checkpoints().save(ReadStream.BACKFILL, new Cursor("all-1"), 500);
        clock.advance(Duration.ofMinutes(1));
        store.checkpoints().save(ReadStream.BACKFILL, new Cursor("all-2"), 1000);

        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL)).contains(
                new Checkpoint(ReadStream.INCREMENTAL, new Cursor("inc-1"), 10, T0));
        assertThat(store.checkpoints().find(ReadStream.BACKFILL)).contains(
                new Checkpoint(ReadStream.BACKFILL, new Cursor("all-2"), 1000, T0.plusSeconds(60)));
        store.checkpoints().clear(ReadStream.BACKFILL);
        assertThat(store.checkpoints().find(ReadStream.BACKFILL)).isEmpty();
        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL)).isPresent();
        assertThat(store.checkpoints().find(ReadStream.RESCORE_SWEEP)).isEmpty();
    }

    // --- a page commit

    @Test
    void aPageCommitSavesTransitionsDeadLettersResolutionsAndTheCheckpointTogether() {
        store.deadLetters().recordFailure(scoreChange("9"), new WriteResult.Failure("UNABLE_TO_LOCK_ROW", "locked"));
        PageCommit page = PageCommit.read(ReadStream.INCREMENTAL, new Cursor("page-2"), 200,
                List.of(transition("1", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0)),
                List.of(new PageCommit.FailedChange(scoreChange("2"), new WriteResult.Failure("INVALID", "bad value"))),
                List.of(new LeadId("1"), new LeadId("9")));

        PageCommitted saved = store.commitPage(page);

        assertThat(saved).isEqualTo(new PageCommitted(1, 1, 1));
        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow().cursor()).isEqualTo(new Cursor("page-2"));
        assertThat(store.transitions().ofLead(new LeadId("1"))).hasSize(1);
        assertThat(store.deadLetters().find(new LeadId("2"))).isPresent();
        assertThat(store.deadLetters().find(new LeadId("9"))).isEmpty();
    }

    @Test
    void aRetriedPageResolvesOrReschedulesDeadLettersAndMovesNoStream() {
        store.checkpoints().save(ReadStream.INCREMENTAL, new Cursor("page-1"), 100);
        store.deadLetters().recordFailure(scoreChange("1"), new WriteResult.Failure("UNABLE_TO_LOCK_ROW", "locked"));
        store.deadLetters().recordFailure(scoreChange("2"), new WriteResult.Failure("UNABLE_TO_LOCK_ROW", "locked"));
        clock.advance(DeadLetterBackoff.DEFAULT.first());

        PageCommitted saved = store.commitPage(PageCommit.retried(List.of(),
                List.of(new PageCommit.FailedChange(scoreChange("2"), new WriteResult.Failure("UNABLE_TO_LOCK_ROW", "again"))),
                List.of(new LeadId("1"))));

        assertThat(saved).isEqualTo(new PageCommitted(0, 1, 1));
        assertThat(store.deadLetters().find(new LeadId("1"))).isEmpty();
        assertThat(store.deadLetters().find(new LeadId("2")).orElseThrow().attempts()).isEqualTo(2);
        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow())
                .isEqualTo(new Checkpoint(ReadStream.INCREMENTAL, new Cursor("page-1"), 100, T0));
    }

    @Test
    void aPageCommitThatFailsSavesNothingAndNamesTheOperation() throws SQLException {
        store.checkpoints().save(ReadStream.INCREMENTAL, new Cursor("page-1"), 100);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE checkpoints"); // the checkpoint is the page's last write
        }
        PageCommit page = new PageCommit(Optional.of(new StreamPosition(ReadStream.INCREMENTAL, new Cursor("page-2"), 200)),
                List.of(transition("1", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0)),
                List.of(new PageCommit.FailedChange(scoreChange("2"), new WriteResult.Failure("INVALID", "bad value"))),
                List.of(), List.of(seen("1", T0, "google")));

        assertThatThrownBy(() -> store.commitPage(page)).isInstanceOf(StateStoreException.class)
                .hasMessage("state store: commitPage failed for instance " + INSTANCE);
        assertThat(store.transitions().ofLead(new LeadId("1"))).isEmpty();
        assertThat(store.deadLetters().count()).isZero();
        assertThat(store.leadsSeen().of(new LeadId("1"))).isEmpty();
    }

    @Test
    void aLeadIsKeptAsFirstSeenAndRangesListFirstSightingsOldestFirst() {
        store.commitPage(new PageCommit(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(seen("1", T0, "google"), seen("2", T0.plusSeconds(60), "linkedin"))));
        store.commitPage(new PageCommit(Optional.empty(), List.of(), List.of(), List.of(),
                List.of(seen("1", T0.plusSeconds(3600), "bing"), seen("3", T0.plusSeconds(30), "webinar"))));

        assertThat(store.leadsSeen().of(new LeadId("1"))).contains(seen("1", T0, "google"));
        List<String> inRange = new ArrayList<>();
        store.leadsSeen().forEachFirstSeenBetween(T0.plusSeconds(1), T0.plusSeconds(3600),
                l -> inRange.add(l.lead().value() + "@" + l.attribution().source().orElseThrow()));
        assertThat(inRange).containsExactly("3@webinar", "2@linkedin");
        assertThat(db.forInstance("other").leadsSeen().of(new LeadId("1"))).isEmpty();
    }

    @Test
    void readingLeadsSeenInChunksListsEachLeadOnceEvenAtTheSameMillisecond() {
        List<LeadSeen> many = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            many.add(seen(String.valueOf(i), T0.plusMillis(i / 700), "s"));
        }
        store.commitPage(new PageCommit(Optional.empty(), List.of(), List.of(), List.of(), many));

        List<String> read = new ArrayList<>();
        store.leadsSeen().forEachFirstSeenBetween(T0, T0.plusSeconds(1), l -> read.add(l.lead().value()));

        assertThat(read).hasSize(1234).doesNotHaveDuplicates();
    }

    private static LeadSeen seen(String lead, Instant at, String source) {
        return new LeadSeen(new LeadId(lead), at, new Attribution(Optional.of(source), Optional.empty(), Optional.empty()));
    }

    // --- run log

    @Test
    void aRunIsRunningUntilFinishedThenKeepsCountsCallsErrorsAndDuration() {
        RunRecord started = store.runs().start(RunMode.SYNC);
        assertThat(started.outcome()).isEqualTo(RunOutcome.RUNNING);
        assertThat(started.finishedAt()).isEmpty();
        clock.advance(Duration.ofSeconds(42));
        RunCounts counts = new RunCounts(1000, 990, 120, 12, 3, 2, 1, 12, 4);
        RunSummary summary = new RunSummary(counts, Map.of(CallKind.SEARCH, 10L, CallKind.WRITE, 13L),
                List.of("lead 17: INVALID_EMAIL_ADDRESS", "lead 18: UNABLE_TO_LOCK_ROW"));

        RunRecord finished = store.runs().finish(started.id(), RunOutcome.RECORDS_FAILED, summary);

        assertThat(finished.outcome()).isEqualTo(RunOutcome.RECORDS_FAILED);
        assertThat(finished.duration()).contains(Duration.ofSeconds(42));
        assertThat(finished.summary()).isEqualTo(summary);
        assertThat(finished.summary().totalApiCalls()).isEqualTo(23);
        assertThat(store.runs().find(started.id())).contains(finished);
    }

    @Test
    void startingARunMarksAnUnfinishedOneInterrupted() {
        RunRecord crashed = store.runs().start(RunMode.BACKFILL);
        clock.advance(Duration.ofMinutes(15));
        reopen().runs().start(RunMode.BACKFILL);

        assertThat(store.runs().find(crashed.id()).orElseThrow().outcome()).isEqualTo(RunOutcome.INTERRUPTED);
        assertThatThrownBy(() -> store.runs().finish(crashed.id(), RunOutcome.SUCCEEDED, RunSummary.empty()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRunFinishesOnceAndOnlyWithAFinalOutcome() {
        RunId run = store.runs().start(RunMode.SYNC).id();
        assertThatThrownBy(() -> store.runs().finish(run, RunOutcome.RUNNING, RunSummary.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        store.runs().finish(run, RunOutcome.SUCCEEDED, RunSummary.empty());
        assertThatThrownBy(() -> store.runs().finish(run, RunOutcome.FAILED, RunSummary.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.runs().finish(new RunId("unknown"), RunOutcome.FAILED, RunSummary.empty()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recentRunsComeLatestFirstAndLastSucceededSkipsFailedOnes() {
        RunId first = store.runs().start(RunMode.SYNC).id();
        store.runs().finish(first, RunOutcome.SUCCEEDED, RunSummary.empty());
        RunId second = store.runs().start(RunMode.SYNC).id();
        store.runs().finish(second, RunOutcome.FAILED, RunSummary.empty());
        RunId third = store.runs().start(RunMode.DRY_RUN).id();

        assertThat(store.runs().recent(10)).extracting(RunRecord::id).containsExactly(third, second, first);
        assertThat(store.runs().recent(2)).extracting(RunRecord::id).containsExactly(third, second);
        assertThat(store.runs().lastSucceeded().map(RunRecord::id)).contains(first);
        assertThat(db.forInstance("other").runs().recent(10)).isEmpty();
    }

    @Test
    void runErrorsAreCappedCutAndMasked() {
        RunId run = store.runs().start(RunMode.SYNC).id();
        List<String> errors = new ArrayList<>();
        errors.add("lead 5: refused for " + StoreFixtures.CONTACT_EMAIL + " with Bearer " + StoreFixtures.TOKEN);
        errors.add("x".repeat(5000));
        for (int i = 0; i < 200; i++) {
            errors.add("lead " + i + ": INVALID");
        }
        RunSummary stored = store.runs().finish(run, RunOutcome.RECORDS_FAILED,
                new RunSummary(RunCounts.zero(), Map.of(), errors)).summary();

        assertThat(stored.errors()).hasSize(RunSummary.MAX_ERRORS);
        assertThat(stored.errors().get(0)).isEqualTo("lead 5: refused for *** with Bearer ***");
        assertThat(stored.errors().get(1)).hasSize(RunSummary.MAX_ERROR_LENGTH);
    }

    // --- transition history

    @Test
    void aRepeatedIdenticalTransitionIsRecordedOnce() {
        TransitionRecord converted = transition("00Q1", MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL, T0);
        assertThat(store.transitions().record(converted)).isTrue();
        for (int run = 1; run <= 3; run++) {
            TransitionRecord again = transition("00Q1", MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL,
                    T0.plus(Duration.ofMinutes(15L * run)));
            assertThat(store.transitions().record(again)).isFalse();
        }
        assertThat(store.transitions().ofLead(new LeadId("00Q1"))).containsExactly(converted);
    }

    @Test
    void theSameStepAfterAnotherOneIsRecordedAgain() {
        store.transitions().record(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0));
        store.transitions().record(recycled("7", "timing", T0.plusSeconds(60)));
        store.transitions().record(transition("7", MqlStatus.RECYCLED, MqlStatus.MQL, Transition.QUALIFIED, T0.plusSeconds(120)));
        assertThat(store.transitions().record(recycled("7", "timing", T0.plusSeconds(180)))).isTrue();
        assertThat(store.transitions().record(recycled("7", "unresponsive", T0.plusSeconds(240)))).isTrue();

        assertThat(store.transitions().ofLead(new LeadId("7"))).hasSize(5);
        assertThat(store.transitions().latest(new LeadId("7")).orElseThrow().reason().orElseThrow().value()).isEqualTo("unresponsive");
    }

    @Test
    void aRangeHoldsItsStartButNotItsEndInTimeOrder() {
        store.transitions().record(transition("2", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0.plusSeconds(10)));
        store.transitions().record(transition("1", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0));
        store.transitions().record(transition("3", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0.plusSeconds(20)));
        db.forInstance("other").transitions().record(transition("4", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0));

        assertThat(store.transitions().between(T0, T0.plusSeconds(20))).extracting(t -> t.lead().value())
                .containsExactly("1", "2");
        assertThat(store.transitions().between(T0.plusSeconds(1), T0.plusSeconds(21))).extracting(t -> t.lead().value())
                .containsExactly("2", "3");
    }

    @Test
    void aLongRangeIsReadInOrderAcrossChunks() {
        List<TransitionRecord> page = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            page.add(transition("lead-" + i, MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, T0.plusSeconds(i / 3)));
        }
        store.commitPage(PageCommit.read(ReadStream.BACKFILL, new Cursor("c"), 1234, page, List.of(), List.of()));

        List<String> seen = new ArrayList<>();
        store.transitions().forEachBetween(T0, T0.plusSeconds(1000), t -> seen.add(t.lead().value()));

        assertThat(seen).containsExactlyElementsOf(page.stream().map(t -> t.lead().value()).toList());
    }

    @Test
    void aTransitionReadsBackAsRecorded() {
        TransitionRecord qualified = transition("1", MqlStatus.RECYCLED, MqlStatus.MQL, Transition.QUALIFIED, T0);
        TransitionRecord rejected = recycled("1", "no_budget", T0.plusMillis(1500));
        store.transitions().record(qualified);
        store.transitions().record(rejected);

        assertThat(store.transitions().ofLead(new LeadId("1"))).containsExactly(qualified, rejected);
    }

    // --- deals

    @Test
    void aDealIsKeptAtItsLatestStageWithItsExactAmount() {
        Deal open = deal("d1", "7", DealStage.OPEN, Optional.empty(), T0);
        Deal won = deal("d1", "7", DealStage.WON, Optional.of(new BigDecimal("12500.50")), T0.plusSeconds(86_400));
        assertThat(store.deals().record(open)).isTrue();
        assertThat(store.deals().record(open)).isFalse();
        assertThat(store.deals().record(won)).isTrue();

        assertThat(store.deals().ofLead(new LeadId("7"))).containsExactly(won);
        assertThat(store.deals().ofLead(new LeadId("8"))).isEmpty();
        assertThat(db.forInstance("other").deals().ofLead(new LeadId("7"))).isEmpty();
    }

    @Test
    void oneDealOfTwoLeadsIsKeptForEach() {
        store.deals().record(deal("d1", "7", DealStage.OPEN, Optional.empty(), T0));
        store.deals().record(deal("d1", "8", DealStage.LOST, Optional.of(BigDecimal.TEN), T0));

        assertThat(store.deals().ofLead(new LeadId("7"))).extracting(Deal::stage).containsExactly(DealStage.OPEN);
        assertThat(store.deals().ofLead(new LeadId("8"))).extracting(Deal::stage).containsExactly(DealStage.LOST);
    }

    @Test
    void allDealsAreReadInLeadOrderAcrossChunks() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            String lead = "lead-%05d".formatted(i);
            store.deals().record(deal("d" + (i % 3), lead, DealStage.WON, Optional.of(BigDecimal.valueOf(i)), T0));
            expected.add(lead);
        }
        List<String> seen = new ArrayList<>();
        store.deals().forEach(d -> seen.add(d.lead().value()));

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    // --- outcome checks

    @Test
    void unsettledLeadsAreDueLongestUncheckedFirstAndSettledOnesNever() {
        store.outcomeChecks().record(new OutcomeRead(T0.plusSeconds(20), List.of(new LeadId("open")),
                List.of(deal("d1", "open", DealStage.OPEN, Optional.empty(), T0))));
        store.outcomeChecks().record(new OutcomeRead(T0.plusSeconds(10), List.of(new LeadId("none")), List.of()));
        store.outcomeChecks().record(new OutcomeRead(T0, List.of(new LeadId("closed")),
                List.of(deal("d2", "closed", DealStage.WON, Optional.of(BigDecimal.ONE), T0),
                        deal("d3", "closed", DealStage.LOST, Optional.empty(), T0))));

        assertThat(store.outcomeChecks().due(T0.plusSeconds(60), 10))
                .containsExactly(new LeadId("none"), new LeadId("open"));
        assertThat(store.outcomeChecks().due(T0.plusSeconds(60), 1)).containsExactly(new LeadId("none"));
        assertThat(store.outcomeChecks().due(T0.plusSeconds(15), 10)).as("only leads checked before the instant")
                .containsExactly(new LeadId("none"));
        assertThat(db.forInstance("other").outcomeChecks().due(T0.plusSeconds(60), 10)).isEmpty();
        assertThat(store.deals().ofLead(new LeadId("closed"))).hasSize(2);
    }

    @Test
    void aLeadCheckedAgainMovesToTheBackAndADealThatClosesSettlesIt() {
        store.outcomeChecks().record(new OutcomeRead(T0, List.of(new LeadId("a"), new LeadId("b")),
                List.of(deal("d1", "a", DealStage.OPEN, Optional.empty(), T0))));
        store.outcomeChecks().record(new OutcomeRead(T0.plusSeconds(5), List.of(new LeadId("a")), List.of()));
        assertThat(store.outcomeChecks().due(T0.plusSeconds(60), 10)).containsExactly(new LeadId("b"), new LeadId("a"));

        int changed = store.outcomeChecks().record(new OutcomeRead(T0.plusSeconds(9), List.of(new LeadId("a")),
                List.of(deal("d1", "a", DealStage.WON, Optional.of(BigDecimal.TEN), T0.plusSeconds(9)))));

        assertThat(changed).isEqualTo(1);
        assertThat(store.outcomeChecks().due(T0.plusSeconds(60), 10)).containsExactly(new LeadId("b"));
    }

    @Test
    void aPagesDealsAndChecksAreCommittedWithItsCheckpoint() {
        OutcomeRead read = new OutcomeRead(T0, List.of(new LeadId("7")),
                List.of(deal("d1", "7", DealStage.OPEN, Optional.of(new BigDecimal("99.99")), T0)));

        store.commitPage(PageCommit.read(ReadStream.INCREMENTAL, new Cursor("c"), 1, List.of(), List.of(), List.of())
                .withOutcomes(read));

        assertThat(store.deals().ofLead(new LeadId("7"))).extracting(Deal::amount)
                .containsExactly(Optional.of(new BigDecimal("99.99")));
        assertThat(store.outcomeChecks().due(T0.plusSeconds(1), 10)).containsExactly(new LeadId("7"));
        assertThat(store.checkpoints().find(ReadStream.INCREMENTAL)).isPresent();
    }

    private static Deal deal(String id, String lead, DealStage stage, Optional<BigDecimal> amount, Instant at) {
        return new Deal(id, new LeadId(lead), stage, amount, amount.map(a -> "USD"), at);
    }

    // --- task ledger

    @Test
    void aPendingTaskSurvivesACrashWithItsOwnerAndARerunReusesIt() {
        String key = "acme-hubspot:51:1";
        store.tasks().reserve(key, new LeadId("51"), Optional.of(new OwnerId("owner-1")));
        // crash between the create call and recording its result

        StateStore restarted = reopen();
        assertThat(restarted.tasks().pending()).extracting(TaskEntry::idempotencyKey).containsExactly(key);
        TaskEntry rerun = restarted.tasks().reserve(key, new LeadId("51"), Optional.of(new OwnerId("owner-2")));
        assertThat(rerun.owner()).contains(new OwnerId("owner-1"));
        assertThat(rerun.state()).isEqualTo(TaskState.PENDING);

        clock.advance(Duration.ofSeconds(5));
        TaskEntry created = restarted.tasks().markCreated(key, "task-900");
        assertThat(created.state()).isEqualTo(TaskState.CREATED);
        assertThat(created.crmTaskId()).contains("task-900");
        assertThat(created.createdAt()).contains(T0.plusSeconds(5));
        assertThat(restarted.tasks().pending()).isEmpty();
        assertThat(restarted.tasks().reserve(key, new LeadId("51"), Optional.empty())).isEqualTo(created);
    }

    @Test
    void markingCreatedTwiceKeepsTheFirstTaskId() {
        store.tasks().reserve("k", new LeadId("1"), Optional.empty());
        store.tasks().markCreated("k", "task-1");
        assertThat(store.tasks().markCreated("k", "task-2").crmTaskId()).contains("task-1");
        assertThatThrownBy(() -> store.tasks().markCreated("never-reserved", "task-3"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theOwnerTheCrmAssignedReplacesTheReservedOneAndIsCountedAsTheOpenHandoffsOwner() {
        OwnerId planned = new OwnerId("owner-1");
        OwnerId assigned = new OwnerId("owner-2");
        String key = INSTANCE + ":7:1";
        store.tasks().reserve(key, new LeadId("7"), Optional.of(planned));
        store.transitions().record(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, clock.instant()));

        TaskEntry created = store.tasks().markCreated(key, "task-7", Optional.of(assigned));

        assertThat(created.owner()).contains(assigned);
        assertThat(store.tasks().openByOwner()).isEqualTo(Map.of(assigned, 1));
        assertThat(store.tasks().markCreated(key, "task-8", Optional.of(planned)).owner()).as("created once: kept")
                .contains(assigned);
        store.tasks().reserve("k", new LeadId("8"), Optional.of(planned));
        assertThat(store.tasks().markCreated("k", "task-9", Optional.empty()).owner()).contains(planned);
    }

    @Test
    void onlyAPendingTaskIsDiscarded() {
        store.tasks().reserve("pending", new LeadId("1"), Optional.empty());
        store.tasks().reserve("created", new LeadId("2"), Optional.empty());
        store.tasks().markCreated("created", "task-2");

        assertThat(store.tasks().discard("pending")).isTrue();
        assertThat(store.tasks().discard("created")).isFalse();
        assertThat(store.tasks().find("pending")).isEmpty();
        assertThat(store.tasks().find("created")).isPresent();
        assertThat(db.forInstance("other").tasks().find("created")).isEmpty();
    }

    // --- round robin

    @Test
    void aPoolStartsAtZeroAndAdvancesByOnePerPoolAndInstance() {
        assertThat(store.roundRobin().getAndAdvance("pool:a,b")).isZero();
        assertThat(store.roundRobin().getAndAdvance("pool:a,b")).isEqualTo(1);
        assertThat(store.roundRobin().getAndAdvance("pool:c")).isZero();
        assertThat(db.forInstance("other").roundRobin().getAndAdvance("pool:a,b")).isZero();
        assertThat(reopen().roundRobin().getAndAdvance("pool:a,b")).isEqualTo(2);
    }

    @Test
    void concurrentWorkersNeitherShareNorSkipAPosition() throws Exception {
        List<StateStore> workers = List.of(store, open(settings).forInstance(INSTANCE));
        int threadsPerWorker = 3;
        int turnsPerThread = 40;

        List<Long> positions = ConcurrentTurns.take(workers, threadsPerWorker, turnsPerThread, "pool:o1,o2,o3");

        int total = workers.size() * threadsPerWorker * turnsPerThread;
        assertThat(positions).hasSize(total).doesNotHaveDuplicates();
        assertThat(positions).allMatch(p -> p >= 0 && p < total);
        assertThat(store.roundRobin().getAndAdvance("pool:o1,o2,o3")).isEqualTo(total);
    }

    // --- dead letters

    @Test
    void aDeadLetterIsDueAfterABackoffThatDoublesUpToItsCap() {
        StateStore backingOff = open(settings.withBackoff(new DeadLetterBackoff(Duration.ofMinutes(1), 2, Duration.ofMinutes(5))))
                .forInstance(INSTANCE);
        LeadId lead = new LeadId("77");
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            DeadLetter letter = backingOff.deadLetters().recordFailure(scoreChange("77"),
                    new WriteResult.Failure("UNABLE_TO_LOCK_ROW", "row locked, attempt " + attempt));
            assertThat(letter.attempts()).isEqualTo(attempt);
            Duration wait = Duration.between(clock.instant(), letter.nextAttemptAt());
            waits.add(wait);
            clock.advance(wait.minusSeconds(1));
            assertThat(backingOff.deadLetters().due(10)).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(backingOff.deadLetters().due(10)).extracting(DeadLetter::lead).containsExactly(lead);
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
        DeadLetter last = backingOff.deadLetters().find(lead).orElseThrow();
        assertThat(last.firstFailedAt()).isEqualTo(T0);
        assertThat(last.message()).isEqualTo("row locked, attempt 5");
    }

    @Test
    void aDeadLetterKeepsTheChangeButOnlyTheOutlineOfItsTask() {
        Instant due = T0.plus(Duration.ofHours(4));
        DeadLetter letter = store.deadLetters().recordFailure(qualifyingChange("51", due),
                new WriteResult.Failure("VALIDATION_ERROR", "Property lifecyclestage was not valid"));

        assertThat(letter.change().task()).isEmpty();
        assertThat(letter.task()).contains(new TaskOutline("acme:51:1", Optional.of(new OwnerId("owner-7")), due, TaskPriority.HIGH));
        assertThat(letter.change().newOwner()).contains(new OwnerId("owner-7"));
        assertThat(letter.change().cleared()).containsExactly("mql_rejection_reason");
        assertThat(letter.change().properties()).containsEntry("mql_status", "MQL")
                .containsEntry("mql_reasons", "Requested a demo; utm google / cpc, campaign ***");
        assertThat(letter.nextAttemptAt()).isEqualTo(T0.plus(DeadLetterBackoff.DEFAULT.first()));
    }

    @Test
    void dueDeadLettersComeLongestOverdueFirstUpToTheLimitAndResolvingRemovesThem() {
        for (String lead : List.of("3", "1", "2")) {
            store.deadLetters().recordFailure(scoreChange(lead), new WriteResult.Failure("E", "m"));
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofDays(1));

        assertThat(store.deadLetters().due(2)).extracting(d -> d.lead().value()).containsExactly("3", "1");
        assertThat(store.deadLetters().resolve(new LeadId("3"))).isTrue();
        assertThat(store.deadLetters().resolve(new LeadId("3"))).isFalse();
        assertThat(store.deadLetters().due(10)).extracting(d -> d.lead().value()).containsExactly("1", "2");
        assertThat(store.deadLetters().count()).isEqualTo(2);
        assertThat(db.forInstance("other").deadLetters().count()).isZero();
    }

    // --- lease

    @Test
    void aLeaseIsRefusedToOthersUntilItExpiresThenTakenOver() {
        Duration ttl = Duration.ofMinutes(5);
        StateStore otherWorker = open(settings).forInstance(INSTANCE);
        assertThat(store.lease().acquire("worker-a", ttl)).contains(new Lease("worker-a", T0, T0.plus(ttl)));

        clock.advance(ttl.minusSeconds(1));
        assertThat(otherWorker.lease().acquire("worker-b", ttl)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(otherWorker.lease().acquire("worker-b", ttl)).isPresent();

        assertThat(store.lease().renew("worker-a", ttl)).isFalse();
        store.lease().release("worker-a");
        assertThat(store.lease().current().map(Lease::holder)).contains("worker-b");
        assertThat(db.forInstance("other").lease().acquire("worker-a", ttl)).isPresent();
    }

    @Test
    void workersRacingForAFreeLeaseGetItOnce() throws Exception {
        List<StateStore> workers = List.of(store, open(settings).forInstance(INSTANCE));
        List<Optional<Lease>> results = ConcurrentLeases.race(workers, 4, Duration.ofMinutes(5));

        assertThat(results).hasSize(8);
        assertThat(results.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(store.lease().current().map(Lease::holder)).isEqualTo(results.stream().flatMap(Optional::stream)
                .map(Lease::holder).findFirst());
    }

    @Test
    void renewingOrReacquiringExtendsTheHoldersLeaseAndReleaseFreesIt() {
        Duration ttl = Duration.ofMinutes(5);
        store.lease().acquire("worker-a", ttl);
        clock.advance(Duration.ofMinutes(4));
        assertThat(store.lease().renew("worker-a", ttl)).isTrue();
        assertThat(store.lease().current().orElseThrow().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(9)));
        clock.advance(Duration.ofMinutes(4));
        assertThat(store.lease().acquire("worker-a", ttl)).isPresent();
        assertThat(store.lease().acquire("worker-b", ttl)).isEmpty();

        store.lease().release("worker-a");
        assertThat(store.lease().current()).isEmpty();
        assertThat(store.lease().acquire("worker-b", ttl)).isPresent();
    }

    // --- migrations, isolation, privacy

    @Test
    void migratingAnUpToDateDatabaseAgainChangesNothing() throws SQLException {
        store.checkpoints().save(ReadStream.INCREMENTAL, new Cursor("kept"), 1);
        int applied = SchemaHistory.rows(db);
        assertThat(applied).isPositive();

        reopen();
        StateStore again = reopen();

        assertThat(SchemaHistory.rows(db)).isEqualTo(applied);
        assertThat(again.checkpoints().find(ReadStream.INCREMENTAL).orElseThrow().cursor()).isEqualTo(new Cursor("kept"));
    }

    @Test
    void noTableHoldsAnEmailAddressOrATokenAfterARealisticWorkload() throws SQLException {
        Workload.run(store, clock);

        List<String> texts = TableScan.everyTextValue(db);

        assertThat(texts).isNotEmpty();
        assertThat(texts).noneMatch(t -> t.contains(StoreFixtures.CONTACT_EMAIL))
                .noneMatch(t -> t.contains(StoreFixtures.TOKEN))
                .noneMatch(t -> t.toLowerCase().contains("jane"));
        // the only '@' allowed anywhere is the one in a model id (name@version)
        assertThat(texts).noneMatch(t -> t.replace(StoreFixtures.MODEL, "").contains("@"));
    }

    @Test
    void openHandoffsCountEachLeadStillMqlOrSalOnceForTheOwnerOfItsLatestCreatedTask() {
        OwnerId first = new OwnerId("owner-1");
        OwnerId second = new OwnerId("owner-2");
        handedOff("1", 1, first);
        handedOff("2", 1, second);
        store.transitions().record(transition("2", MqlStatus.MQL, MqlStatus.SAL, Transition.ACCEPTED, clock.instant()));
        handedOff("3", 1, first);
        store.transitions().record(recycled("3", "timing", clock.instant()));
        handedOff("4", 1, first);
        store.transitions().record(recycled("4", "timing", clock.instant()));
        clock.advance(Duration.ofHours(1));
        handedOff("4", 2, second);
        store.tasks().reserve(INSTANCE + ":5:1", new LeadId("5"), Optional.of(first));
        store.transitions().record(transition("5", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, clock.instant()));
        StateStore other = db.forInstance("other");
        other.tasks().reserve("other:1:1", new LeadId("1"), Optional.of(first));
        other.tasks().markCreated("other:1:1", "task-other");
        other.transitions().record(transition("1", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, clock.instant()));

        assertThat(store.tasks().openByOwner()).isEqualTo(Map.of(first, 1, second, 2));
        assertThat(store.tasks().ofLead(new LeadId("4"))).extracting(TaskEntry::owner)
                .containsExactly(Optional.of(first), Optional.of(second));
        assertThat(store.tasks().ofLead(new LeadId("9"))).isEmpty();
    }

    private void handedOff(String lead, int qualification, OwnerId owner) {
        String key = INSTANCE + ":" + lead + ":" + qualification;
        MqlStatus from = qualification == 1 ? MqlStatus.NONE : MqlStatus.RECYCLED;
        store.tasks().reserve(key, new LeadId(lead), Optional.of(owner));
        store.tasks().markCreated(key, "task-" + lead + "-" + qualification);
        store.transitions().record(transition(lead, from, MqlStatus.MQL, Transition.QUALIFIED, clock.instant()));
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aLeaseIsTakenOverFromItsNamedHolderOnlyWhileThatHolderHasIt() {
        Duration ttl = Duration.ofMinutes(30);
        store.lease().acquire("dead-run", ttl);

        assertThat(store.lease().takeOver("someone-else", "worker-b", ttl)).isEmpty();
        assertThat(store.lease().takeOver("dead-run", "worker-b", ttl)).contains(new Lease("worker-b", T0, T0.plus(ttl)));
        assertThat(store.lease().takeOver("dead-run", "worker-c", ttl)).as("the lease changed hands").isEmpty();
        assertThat(store.lease().current()).map(Lease::holder).contains("worker-b");
    }
}
