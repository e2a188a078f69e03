package io.mqlsync.core.state;

import static io.mqlsync.core.state.StoreFixtures.CONTACT_EMAIL;
import static io.mqlsync.core.state.StoreFixtures.TOKEN;

import io.mqlsync.core.MutableClock;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.WriteResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run as the engine makes it, with the personal data and secrets a careless CRM or adapter could let
 * through: an email in a UTM campaign and in the reasons text, a token in an error message, names in a
 * task body, an email as the key of archived engagement and inside a form's field.
 */
final class Workload {
    private Workload() {
    }

    static void run(StateStore store, MutableClock clock) {
        store.lease().acquire("worker-1:4711", Duration.ofMinutes(10));
        RunId run = store.runs().start(RunMode.SYNC).id();
        long position = store.roundRobin().getAndAdvance("pool:owner-7,owner-8");
        String key = "acme-hubspot:51:1";
        store.tasks().reserve(key, new LeadId("51"), Optional.of(new OwnerId("owner-" + (7 + position))));
        store.tasks().markCreated(key, "task-9001");
        store.tasks().reserve("acme-hubspot:52:2", new LeadId("52"), Optional.empty());

        TransitionRecord qualified = new TransitionRecord(new LeadId("51"), MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED,
                Optional.empty(), 110, 45, 65, Quadrant.ROUTE,
                new Attribution(Optional.of("newsletter"), Optional.of("email"), Optional.of("invite " + CONTACT_EMAIL)),
                StoreFixtures.MODEL, clock.instant());
        store.commitPage(new PageCommit(Optional.of(new StreamPosition(ReadStream.INCREMENTAL, new Cursor("1763632800000:51"), 2)),
                List.of(qualified),
                List.of(new PageCommit.FailedChange(StoreFixtures.qualifyingChange("52", clock.instant().plusSeconds(3600)),
                        new WriteResult.Failure("INVALID_AUTH", "401 for Bearer " + TOKEN + " writing " + CONTACT_EMAIL))),
                List.of(new LeadId("51")),
                List.of(new LeadSeen(new LeadId("51"), clock.instant(), qualified.attribution()))));
        store.deadLetters().recordFailure(StoreFixtures.scoreChange("53"),
                new WriteResult.Failure("VALIDATION_ERROR", "{\"access_token\":\"" + TOKEN + "\",\"email\":\"" + CONTACT_EMAIL + "\"}"));

        clock.advance(Duration.ofSeconds(30));
        store.runs().finish(run, RunOutcome.RECORDS_FAILED, new RunSummary(new RunCounts(3, 3, 2, 1, 0, 0, 0, 1, 2),
                Map.of(CallKind.SEARCH, 2L, CallKind.WRITE, 3L),
                List.of("lead 52: INVALID_AUTH 401 for Bearer " + TOKEN, "lead 53: " + CONTACT_EMAIL + " is not valid")));
        store.engagementArchive().file("hubspot.forms", List.of(new EngagementArchive.KeyedEvent(CONTACT_EMAIL,
                new Event(EventType.FORM_SUBMITTED, clock.instant(), Fields.of(Map.of("form", "Demo request",
                        "referrer", "forwarded by " + CONTACT_EMAIL))))));
        store.lease().renew("worker-1:4711", Duration.ofMinutes(10));
    }
}
