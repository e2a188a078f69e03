package io.mqlsync.hubspot;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental syncs end to end with core's scorer, lifecycle and planner: a rejection a sales rep sets is read
 * by the next sync, the lead is recycled (its stage moved back by clearing it first), and the sync after that
 * reads our own write back and writes nothing.
 */
class HubSpotSalesRejectionTest {
    private static final int CONTACTS = 100;
    /** Every run scores at this instant, so decay between runs changes nothing and only the rejection does. */
    private static final Instant PLAN_AT = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ofSeconds(2)).rateLimits(TestAdapter.GENEROUS));

    @Test
    void aRejectionBySalesIsPickedUpByTheNextSyncAndRecyclesTheLead() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        PlanningRun run = new PlanningRun(Path.of("../config/models/smb.yaml"));
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            hubspot.adapter.schema().apply(Reads.REQUIREMENTS);
            sandbox.clock().advance(Duration.ofMinutes(10));
            PlanningRun.Sync caughtUp = run.sync(hubspot.adapter, Optional.empty(), PLAN_AT);
            sandbox.clock().advance(Duration.ofMinutes(10));
            caughtUp = run.sync(hubspot.adapter, Optional.of(caughtUp.resumeAt()), PLAN_AT);
            long mql = IntStream.rangeClosed(1, CONTACTS).filter(i -> "MQL".equals(sandbox.contact(i).orElseThrow()
                    .get("mql_status"))).findFirst().orElseThrow();

            sandbox.patchContactAsSalesRep(mql, Map.of("mql_rejection_reason", "timing", "lifecyclestage", "salesqualifiedlead"));
            sandbox.clock().advance(Duration.ofMinutes(10));
            PlanningRun.Sync next = run.sync(hubspot.adapter, Optional.of(caughtUp.resumeAt()), PLAN_AT);

            assertThat(next.read()).containsOnlyOnce(Long.toString(mql));
            Map<String, String> contact = sandbox.contact(mql).orElseThrow();
            assertThat(contact).containsEntry("mql_status", "RECYCLED").containsEntry("lifecyclestage", "lead")
                    .containsEntry("mql_last_rejection_reason", "timing");
            assertThat(contact.get("mql_rejection_reason")).isNull();

            sandbox.clock().advance(Duration.ofMinutes(10));
            PlanningRun.Sync after = run.sync(hubspot.adapter, Optional.of(next.resumeAt()), PLAN_AT);
            assertThat(after.read()).containsOnlyOnce(Long.toString(mql));
            assertThat(after.written()).isEmpty();
        }
    }
}
