package io.mqlsync.core.state;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.TaskPriority;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Values the state store tests write: realistic, with the personal data a real run carries. */
final class StoreFixtures {
    static final String MODEL = "b2b-default@1";
    static final String CONTACT_EMAIL = "jane.doe@acme-example.com";
    static final String TOKEN = "pat-na1-0f0e0d0c-1111-2222-3333-444455556666";

    private StoreFixtures() {
    }

    static TransitionRecord transition(String lead, MqlStatus from, MqlStatus to, Transition kind, Instant at) {
        return new TransitionRecord(new LeadId(lead), from, to, kind, Optional.empty(), 105.5, 40.0, 65.5, Quadrant.ROUTE,
                new Attribution(Optional.of("google"), Optional.of("cpc"), Optional.of("spring-launch")), MODEL, at);
    }

    static TransitionRecord recycled(String lead, String reason, Instant at) {
        return new TransitionRecord(new LeadId(lead), MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED,
                Optional.of(new ReasonCode(reason)), 80, 30, 50, Quadrant.NURTURE, Attribution.none(), MODEL, at);
    }

    /** An MQL change with a task whose subject and body name the contact, as the planner makes them. */
    static LeadChange qualifyingChange(String lead, Instant due) {
        HandoffTask task = new HandoffTask("acme:" + lead + ":1", Optional.of(new OwnerId("owner-7")), due, TaskPriority.HIGH,
                "New MQL: Jane Doe (Acme), follow up within 4 hours",
                "Who: Jane Doe, VP Sales at Acme (" + CONTACT_EMAIL + ")\nWhy: demo request");
        return new LeadChange(new LeadId(lead),
                Map.of("mql_status", "MQL", "mql_score", "106", "mql_model", MODEL,
                        "mql_reasons", "Requested a demo; utm google / cpc, campaign " + CONTACT_EMAIL,
                        CanonicalField.LIFECYCLE_STAGE, "marketingqualifiedlead"),
                Set.of("mql_rejection_reason"), Optional.of(new OwnerId("owner-7")), Optional.of(task),
                LeadChange.StageMove.DIRECT);
    }

    static LeadChange scoreChange(String lead) {
        return new LeadChange(new LeadId(lead), Map.of("mql_score", "42"), Set.of(), Optional.empty(), Optional.empty(),
                LeadChange.StageMove.DIRECT);
    }
}
