package io.mqlsync.core.simulation;

import static io.mqlsync.core.simulation.Scenario.QUALIFIED;
import static io.mqlsync.core.simulation.Scenario.days;
import static io.mqlsync.core.simulation.Scenario.transition;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeHistoryTest {
    private static final LeadId LEAD = new LeadId("7");
    private static final Duration MATURITY = Duration.ofDays(14);

    @Test
    void anUnansweredHandoffIsPendingUntilItMaturesThenNoResponse() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));

        assertThat(history.casesOf(LEAD, days(13), MATURITY)).extracting(OutcomeCase::outcome).containsExactly(Outcome.PENDING);
        assertThat(history.casesOf(LEAD, days(14), MATURITY)).extracting(OutcomeCase::outcome)
                .containsExactly(Outcome.NO_RESPONSE);
    }

    @Test
    void anAcceptedHandoffStaysPendingUntilItBecomesSql() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
        history.add(transition("7", MqlStatus.MQL, MqlStatus.SAL, Transition.ACCEPTED, null, days(1)));

        assertThat(history.casesOf(LEAD, days(60), MATURITY)).extracting(OutcomeCase::outcome).containsExactly(Outcome.PENDING);
    }

    @Test
    void aRequalificationAfterARecycleIsASecondCaseCountingOnlyLaterEvents() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
        history.add(transition("7", MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED, "timing", days(2)));
        history.add(transition("7", MqlStatus.RECYCLED, MqlStatus.MQL, Transition.QUALIFIED, null, days(40)));
        history.add(transition("7", MqlStatus.MQL, MqlStatus.SQL, Transition.PROMOTED_SQL, null, days(41)));

        List<OutcomeCase> cases = history.casesOf(LEAD, days(60), MATURITY);

        assertThat(cases).containsExactly(
                new OutcomeCase(LEAD, OutcomeCase.Origin.HANDOFF, QUALIFIED, Optional.empty(), Outcome.REJECTED,
                        Optional.of("timing")),
                new OutcomeCase(LEAD, OutcomeCase.Origin.HANDOFF, days(40), Optional.of(days(2)), Outcome.CONVERTED,
                        Optional.empty()));
    }

    @Test
    void aModelDisqualificationOfALeadNeverHandedOffIsNoCase() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(transition("7", MqlStatus.NONE, MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED, "model", QUALIFIED));

        assertThat(history.casesOf(LEAD, days(60), MATURITY)).isEmpty();
    }

    @Test
    void aWonDealConvertsTheHandoffBeforeIt() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(transition("7", MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, null, QUALIFIED));
        history.add(deal(DealStage.WON, days(30)));

        assertThat(history.casesOf(LEAD, days(60), MATURITY)).extracting(OutcomeCase::outcome).containsExactly(Outcome.CONVERTED);
    }

    @Test
    void aWonDealWithoutAHandoffIsAnSqlTheModelDidNotFlag() {
        OutcomeHistory history = new OutcomeHistory();
        history.add(deal(DealStage.LOST, days(10)));
        history.add(deal(DealStage.WON, days(30)));

        assertThat(history.casesOf(LEAD, days(60), MATURITY)).containsExactly(new OutcomeCase(LEAD,
                OutcomeCase.Origin.DIRECT_SQL, days(30), Optional.empty(), Outcome.CONVERTED, Optional.empty()));
    }

    private static Deal deal(DealStage stage, Instant at) {
        return new Deal("d-" + stage, LEAD, stage, Optional.empty(), Optional.empty(), at);
    }
}
