package io.mqlsync.core.lifecycle;

import static io.mqlsync.core.model.MqlStatus.DISQUALIFIED;
import static io.mqlsync.core.model.MqlStatus.MQL;
import static io.mqlsync.core.model.MqlStatus.NONE;
import static io.mqlsync.core.model.MqlStatus.RECYCLED;
import static io.mqlsync.core.model.MqlStatus.SAL;
import static io.mqlsync.core.model.MqlStatus.SQL;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LifecyclePolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final LeadId LEAD = new LeadId("1001");

    private final LifecyclePolicy policy = new LifecyclePolicy(TestLifecycle.config());

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesEveryTransitionOfDesignSection7(Scenario scenario) {
        Decision decision = policy.decide(new LeadRecord(LEAD, Fields.empty()), scenario.snapshot(), scenario.cards,
                scenario.now);

        assertThat(decision.status()).as("status").isEqualTo(scenario.expectedStatus);
        assertThat(decision.transition()).as("transition").isEqualTo(Optional.ofNullable(scenario.expectedTransition));
        assertThat(decision.reason()).as("reason").isEqualTo(Optional.ofNullable(scenario.expectedReason));
        assertThat(decision.input()).as("rejection input").isEqualTo(scenario.expectedInput);
        assertThat(decision.scope()).as("write scope").isEqualTo(scenario.expectedScope);
        assertThat(decision.problems()).as("problems").hasSize(scenario.expectedProblems);
        scenario.checks.forEach(check -> check.accept(decision));
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // NONE
                given("NONE with a qualifying score becomes MQL").activity(days(-2), 120)
                        .expect(MQL, Transition.QUALIFIED)
                        .check(d -> assertThat(d.history().qualifiedAt()).contains(NOW))
                        .check(d -> assertThat(d.deadline()).contains(NOW.plus(TestLifecycle.EXPIRE_AFTER)))
                        .check(d -> assertThat(d.qualificationSequence()).isEqualTo(1)),
                given("NONE below the thresholds stays NONE").activity(days(-2), 99).expect(NONE, null),
                given("NONE matching disqualifyIf is DISQUALIFIED by the model").activity(days(-2), 120).modelDisqualifies()
                        .expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(ReasonCode.MODEL)
                        .check(d -> assertThat(d.history().lastRejectionReason()).contains(ReasonCode.MODEL)),
                given("NONE already at an SQL stage in the CRM is SQL, never MQL").stage("customer")
                        .activity(days(-2), 120).expect(SQL, Transition.PROMOTED_SQL),
                given("RECYCLED moved to an SQL stage by sales is SQL").status(RECYCLED)
                        .recycled(days(-5), 1, code("timing")).stage("opportunity").expect(SQL, Transition.PROMOTED_SQL),
                given("NONE with a recycle reason set by hand clears the input and stays NONE").input("timing")
                        .expect(NONE, null).input(RejectionInput.CLEAR),
                given("NONE with a disqualify reason set by sales is DISQUALIFIED").input("competitor")
                        .expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(code("competitor")).input(RejectionInput.CLEAR),
                // model disqualification and its lifting
                given("model-DISQUALIFIED still matching stays DISQUALIFIED without a transition")
                        .status(DISQUALIFIED).lastReason(ReasonCode.MODEL).modelDisqualifies().expect(DISQUALIFIED, null),
                given("model-DISQUALIFIED no longer matching is REINSTATED to NONE").status(DISQUALIFIED)
                        .lastReason(ReasonCode.MODEL).expect(NONE, Transition.REINSTATED),
                given("model-DISQUALIFIED no longer matching after a recycle is REINSTATED to RECYCLED")
                        .status(DISQUALIFIED).recycled(days(-60), 1, ReasonCode.MODEL)
                        .expect(RECYCLED, Transition.REINSTATED),
                given("model-DISQUALIFIED no longer matching and qualifying becomes MQL").status(DISQUALIFIED)
                        .lastReason(ReasonCode.MODEL).activity(days(-1), 150).expect(MQL, Transition.QUALIFIED),
                given("RECYCLED matching disqualifyIf is DISQUALIFIED by the model").status(RECYCLED)
                        .recycled(days(-40), 1, code("timing")).modelDisqualifies()
                        .expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(ReasonCode.MODEL),
                given("MQL matching disqualifyIf stays MQL: the model does not undo a handoff").status(MQL)
                        .qualifiedAt(days(-1)).modelDisqualifies().expect(MQL, null),
                // sticky MQL and acceptance
                given("MQL whose score decayed below the thresholds stays MQL").status(MQL).qualifiedAt(days(-3))
                        .activity(days(-3), 10).expect(MQL, null)
                        .check(d -> assertThat(d.deadline()).contains(days(-3).plus(TestLifecycle.EXPIRE_AFTER))),
                given("MQL with the acceptance signal becomes SAL").status(MQL).qualifiedAt(days(-1))
                        .leadStatus("IN_PROGRESS").expect(SAL, Transition.ACCEPTED),
                given("MQL with the acceptance signal after the expiry instant still becomes SAL").status(MQL)
                        .qualifiedAt(days(-20)).leadStatus("CONNECTED").expect(SAL, Transition.ACCEPTED),
                given("MQL with the SQL signal becomes SQL").status(MQL).qualifiedAt(days(-1))
                        .stage("opportunity").expect(SQL, Transition.PROMOTED_SQL),
                given("SAL with the SQL signal becomes SQL").status(SAL).qualifiedAt(days(-1))
                        .stage("salesqualifiedlead").expect(SQL, Transition.PROMOTED_SQL),
                given("SAL past the expiry instant stays SAL: acceptance is a disposition").status(SAL)
                        .qualifiedAt(days(-30)).leadStatus("IN_PROGRESS").expect(SAL, null),
                given("MQL without a qualification time starts its SLA now").status(MQL).expect(MQL, null)
                        .check(d -> assertThat(d.history().qualifiedAt()).contains(NOW))
                        .check(d -> assertThat(d.deadline()).contains(NOW.plus(TestLifecycle.EXPIRE_AFTER))),
                // expiry
                given("MQL one second before expireAfter stays MQL").status(MQL)
                        .qualifiedAt(NOW.minus(TestLifecycle.EXPIRE_AFTER).plusSeconds(1)).expect(MQL, null)
                        .check(d -> assertThat(d.deadline()).contains(NOW.plusSeconds(1))),
                given("MQL at exactly expireAfter expires to RECYCLED sla_expired").status(MQL)
                        .qualifiedAt(NOW.minus(TestLifecycle.EXPIRE_AFTER))
                        .expect(RECYCLED, Transition.EXPIRED).reason(ReasonCode.SLA_EXPIRED)
                        .check(d -> assertThat(d.history().recycleCount()).isEqualTo(1))
                        .check(d -> assertThat(d.history().recycledAt()).contains(NOW))
                        .check(d -> assertThat(d.history().lastRejectionReason()).contains(ReasonCode.SLA_EXPIRED)),
                given("an expiry beyond maxRecycles disqualifies").status(MQL).qualifiedAt(days(-15))
                        .recycled(days(-100), TestLifecycle.MAX_RECYCLES, code("timing"))
                        .expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(ReasonCode.MAX_RECYCLES),
                // rejection by sales
                given("MQL rejected with a recycle reason is RECYCLED and the input cleared").status(MQL)
                        .qualifiedAt(days(-2)).input("timing").activity(days(-3), 150)
                        .expect(RECYCLED, Transition.RECYCLED).reason(code("timing")).input(RejectionInput.CLEAR)
                        .check(d -> assertThat(d.history().recycleCount()).isEqualTo(1))
                        .check(d -> assertThat(d.history().lastRejectionReason()).contains(code("timing")))
                        .check(d -> assertThat(d.card().intent()).as("card counts only events after now").isZero())
                        .check(d -> assertThat(d.baseline()).contains(NOW)),
                given("a recycle whose fresh card qualifies on events of that very second waits for the cooldown")
                        .status(MQL).qualifiedAt(days(-2)).input("timing").activity(NOW, 150)
                        .expect(RECYCLED, Transition.RECYCLED).reason(code("timing")).input(RejectionInput.CLEAR)
                        .check(d -> assertThat(d.deadline()).contains(NOW.plus(TestLifecycle.COOLDOWN))),
                given("SAL rejected with a recycle reason is RECYCLED").status(SAL).qualifiedAt(days(-2))
                        .input("no_budget").expect(RECYCLED, Transition.RECYCLED).reason(code("no_budget"))
                        .input(RejectionInput.CLEAR),
                given("MQL rejected with a disqualify reason is DISQUALIFIED").status(MQL).qualifiedAt(days(-2))
                        .input("competitor").expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(code("competitor"))
                        .input(RejectionInput.CLEAR),
                given("SAL rejected with a disqualify reason is DISQUALIFIED").status(SAL).qualifiedAt(days(-2))
                        .input("duplicate").expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(code("duplicate"))
                        .input(RejectionInput.CLEAR),
                given("a rejection wins over the acceptance signal").status(MQL).qualifiedAt(days(-2))
                        .leadStatus("IN_PROGRESS").input("timing").expect(RECYCLED, Transition.RECYCLED)
                        .reason(code("timing")).input(RejectionInput.CLEAR),
                given("the SQL signal wins over a rejection").status(SAL).qualifiedAt(days(-2)).stage("customer")
                        .input("timing").expect(SQL, Transition.PROMOTED_SQL),
                given("the recycle that stays within maxRecycles recycles").status(MQL).qualifiedAt(days(-2))
                        .recycled(days(-100), TestLifecycle.MAX_RECYCLES - 1, code("timing")).input("timing")
                        .expect(RECYCLED, Transition.RECYCLED).reason(code("timing")).input(RejectionInput.CLEAR)
                        .check(d -> assertThat(d.history().recycleCount()).isEqualTo(TestLifecycle.MAX_RECYCLES)),
                given("the recycle beyond maxRecycles disqualifies with max_recycles").status(MQL).qualifiedAt(days(-2))
                        .recycled(days(-100), TestLifecycle.MAX_RECYCLES, code("timing")).input("timing")
                        .expect(DISQUALIFIED, Transition.DISQUALIFIED).reason(ReasonCode.MAX_RECYCLES)
                        .input(RejectionInput.CLEAR)
                        .check(d -> assertThat(d.history().recycleCount()).isEqualTo(TestLifecycle.MAX_RECYCLES)),
                // unknown reason codes
                given("MQL with an unknown reason code is left as it is and reported").status(MQL)
                        .qualifiedAt(days(-2)).input("lost_interest").expect(MQL, null).problems(1)
                        .check(d -> assertThat(d.problems()).containsExactly("lead 1001: rejection reason"
                                + " \"lost_interest\" is not a configured reason code; the lead is left as it is until it is")),
                given("an unknown reason code also holds back the expiry").status(MQL).qualifiedAt(days(-20))
                        .input("lost_interest").expect(MQL, null).problems(1),
                given("NONE with an unknown reason code does not qualify until the code is valid")
                        .activity(days(-1), 150).input("lost_interest").expect(NONE, null).problems(1),
                // terminal states
                given("DISQUALIFIED by sales is terminal however high the score").status(DISQUALIFIED)
                        .lastReason(code("competitor")).activity(days(-1), 200).expect(DISQUALIFIED, null),
                given("DISQUALIFIED by maxRecycles is terminal").status(DISQUALIFIED)
                        .recycled(days(-100), 3, ReasonCode.MAX_RECYCLES).activity(days(-1), 200)
                        .expect(DISQUALIFIED, null),
                given("DISQUALIFIED without a recorded reason is treated as terminal").status(DISQUALIFIED)
                        .activity(days(-1), 200).expect(DISQUALIFIED, null),
                given("a valid reason on a terminal lead is cleared and changes nothing").status(DISQUALIFIED)
                        .lastReason(code("competitor")).input("timing").expect(DISQUALIFIED, null)
                        .input(RejectionInput.CLEAR),
                given("SQL is never touched except its scores").status(SQL).qualifiedAt(days(-5)).input("timing")
                        .leadStatus("UNQUALIFIED").modelDisqualifies().expect(SQL, null).scope(WriteScope.SCORES_ONLY),
                given("a converted MQL is SQL and never written").status(MQL).qualifiedAt(days(-1)).converted()
                        .expect(SQL, Transition.PROMOTED_SQL).scope(WriteScope.NOTHING),
                given("a converted SQL records no second transition").status(SQL).converted().expect(SQL, null)
                        .scope(WriteScope.NOTHING),
                // recycling, cooldown and re-qualification
                given("RECYCLED qualifying inside the cooldown waits for its end").status(RECYCLED)
                        .recycled(days(-10), 1, code("timing")).activity(days(-1), 150).expect(RECYCLED, null)
                        .check(d -> assertThat(d.deadline()).contains(days(-10).plus(TestLifecycle.COOLDOWN))),
                given("RECYCLED qualifying one second before the cooldown ends still waits").status(RECYCLED)
                        .recycled(NOW.minus(TestLifecycle.COOLDOWN).plusSeconds(1), 1, code("timing"))
                        .activity(days(-1), 150).expect(RECYCLED, null),
                given("RECYCLED qualifying exactly at the cooldown's end becomes MQL again").status(RECYCLED)
                        .recycled(NOW.minus(TestLifecycle.COOLDOWN), 1, code("timing")).activity(days(-1), 150)
                        .expect(MQL, Transition.QUALIFIED)
                        .check(d -> assertThat(d.qualificationSequence()).isEqualTo(2)),
                given("a hand-raise inside the cooldown re-qualifies at once").status(RECYCLED)
                        .recycled(days(-10), 1, code("timing")).handRaise(days(-1), 120)
                        .expect(MQL, Transition.QUALIFIED),
                given("a hand-raise before the recycle does not bypass the cooldown").status(RECYCLED)
                        .recycled(days(-10), 1, code("timing")).handRaise(days(-12), 120).activity(days(-1), 110)
                        .expect(RECYCLED, null),
                given("re-qualification after a recycle counts only events after it").status(RECYCLED)
                        .recycled(days(-40), 1, code("timing")).activity(days(-45), 80).activity(days(-1), 60)
                        .expect(RECYCLED, null)
                        .check(d -> assertThat(d.card().intent()).isEqualTo(60.0))
                        .check(d -> assertThat(d.deadline()).as("not blocked by the cooldown: no deadline").isEmpty()),
                given("enough new events after the cooldown re-qualify").status(RECYCLED)
                        .recycled(days(-40), 1, code("timing")).activity(days(-45), 80).activity(days(-1), 100)
                        .expect(MQL, Transition.QUALIFIED),
                given("a per-reason cooldown overrides the default").status(RECYCLED)
                        .recycled(days(-40), 1, code("no_budget")).activity(days(-1), 150).expect(RECYCLED, null)
                        .check(d -> assertThat(d.deadline()).contains(days(-40).plus(TestLifecycle.NO_BUDGET_COOLDOWN))),
                given("an expired lead waits out the default cooldown").status(RECYCLED)
                        .recycled(days(-31), 1, ReasonCode.SLA_EXPIRED).activity(days(-1), 150)
                        .expect(MQL, Transition.QUALIFIED),
                given("a recycle reason on a RECYCLED lead is cleared and changes nothing").status(RECYCLED)
                        .recycled(days(-5), 1, code("timing")).input("timing").expect(RECYCLED, null)
                        .input(RejectionInput.CLEAR));
    }

    @Test
    void decisionTimesAreWholeSecondsSoTheyRoundTripThroughTheCrm() {
        Decision decision = policy.decide(new LeadRecord(LEAD, Fields.empty()), given("x").snapshot(),
                new FakeCards().activity(days(-1), 150), NOW.plusMillis(750));

        assertThat(decision.history().qualifiedAt()).contains(NOW);
    }

    private static Instant days(int days) {
        return NOW.plus(DAY.multipliedBy(days));
    }

    private static ReasonCode code(String code) {
        return new ReasonCode(code);
    }

    private static Scenario given(String name) {
        return new Scenario(name);
    }

    /** One row: a lead's state, its activity and what the policy must decide. */
    static final class Scenario {
        final String name;
        final FakeCards cards = new FakeCards();
        final Instant now = NOW;
        final List<Consumer<Decision>> checks = new ArrayList<>();
        MqlStatus status = NONE;
        LeadHistory history = LeadHistory.none();
        Optional<ReasonCode> input = Optional.empty();
        Optional<String> leadStatus = Optional.empty();
        Optional<String> stage = Optional.empty();
        CrmState.Conversion conversion = CrmState.Conversion.NOT_CONVERTED;
        MqlStatus expectedStatus;
        Transition expectedTransition;
        ReasonCode expectedReason;
        RejectionInput expectedInput = RejectionInput.KEEP;
        WriteScope expectedScope = WriteScope.EVERYTHING;
        int expectedProblems;

        Scenario(String name) {
            this.name = name;
        }

        Scenario status(MqlStatus value) {
            status = value;
            return this;
        }

        Scenario qualifiedAt(Instant at) {
            history = history.qualified(at);
            return this;
        }

        Scenario recycled(Instant at, int count, ReasonCode reason) {
            history = new LeadHistory(history.qualifiedAt(), Optional.of(at), count, Optional.of(reason));
            return this;
        }

        Scenario lastReason(ReasonCode reason) {
            history = history.rejected(reason);
            return this;
        }

        Scenario input(String code) {
            input = Optional.of(new ReasonCode(code));
            return this;
        }

        Scenario leadStatus(String value) {
            leadStatus = Optional.of(value);
            return this;
        }

        Scenario stage(String value) {
            stage = Optional.of(value);
            return this;
        }

        Scenario converted() {
            conversion = CrmState.Conversion.CONVERTED;
            return this;
        }

        Scenario activity(Instant at, double points) {
            cards.activity(at, points);
            return this;
        }

        Scenario handRaise(Instant at, double points) {
            cards.handRaise(at, points);
            return this;
        }

        Scenario modelDisqualifies() {
            cards.disqualified();
            return this;
        }

        Scenario expect(MqlStatus expected, Transition transition) {
            expectedStatus = expected;
            expectedTransition = transition;
            return this;
        }

        Scenario reason(ReasonCode reason) {
            expectedReason = reason;
            return this;
        }

        Scenario input(RejectionInput expected) {
            expectedInput = expected;
            return this;
        }

        Scenario scope(WriteScope expected) {
            expectedScope = expected;
            return this;
        }

        Scenario problems(int count) {
            expectedProblems = count;
            return this;
        }

        Scenario check(Consumer<Decision> check) {
            checks.add(check);
            return this;
        }

        LeadSnapshot snapshot() {
            CrmState crm = new CrmState(leadStatus, stage, Optional.empty(), Optional.empty(), conversion);
            return new LeadSnapshot(LEAD, crm,
                    new WrittenState(status, WrittenScores.none(), history, Optional.empty(), input));
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
