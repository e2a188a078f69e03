package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.RejectionInput;
import io.mqlsync.core.lifecycle.WriteScope;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionRecordTest {
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final ScoreCard CARD = new ScoreCard("b2b-default@1", AT, 30, 72.5, 1.0, 102.5, true, false,
            Quadrant.ROUTE, List.of());

    @Test
    void aDecisionsTransitionIsRecordedWithItsCardAtTheCardsInstant() {
        Decision recycle = decision(MqlStatus.RECYCLED, Optional.of(Transition.RECYCLED), Optional.of(new ReasonCode("timing")));

        TransitionRecord recorded = TransitionRecord.of(new LeadId("7"), MqlStatus.MQL, recycle, Attribution.none());

        assertThat(recorded).isEqualTo(new TransitionRecord(new LeadId("7"), MqlStatus.MQL, MqlStatus.RECYCLED,
                Transition.RECYCLED, Optional.of(new ReasonCode("timing")), 102.5, 30, 72.5, Quadrant.ROUTE,
                Attribution.none(), "b2b-default@1", AT));
    }

    @Test
    void aDecisionWithoutTransitionHasNothingToRecord() {
        Decision stay = decision(MqlStatus.MQL, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> TransitionRecord.of(new LeadId("7"), MqlStatus.MQL, stay, Attribution.none()))
                .hasMessage("lead 7: the decision took no transition");
    }

    @Test
    void attributionPrefersTheUtmSourceOverTheOriginalSource() {
        Fields both = Fields.of(Map.of("utm.source", "google", "originalSource", "PAID_SEARCH", "utm.medium", "cpc",
                "utm.campaign", "spring"));
        Fields original = Fields.of(Map.of("originalSource", "ORGANIC_SEARCH"));

        assertThat(Attribution.of(both)).isEqualTo(new Attribution(Optional.of("google"), Optional.of("cpc"), Optional.of("spring")));
        assertThat(Attribution.of(original)).isEqualTo(new Attribution(Optional.of("ORGANIC_SEARCH"), Optional.empty(), Optional.empty()));
        assertThat(Attribution.of(Fields.empty())).isEqualTo(Attribution.none());
    }

    private static Decision decision(MqlStatus status, Optional<Transition> transition, Optional<ReasonCode> reason) {
        return new Decision(status, transition, reason, LeadHistory.none(), CARD, Optional.empty(), Optional.empty(),
                RejectionInput.KEEP, WriteScope.EVERYTHING, List.of());
    }
}
