package io.mqlsync.hubspot;

import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.sync.BackfillOptions;
import io.mqlsync.core.sync.RunListener;
import io.mqlsync.core.sync.SyncEngine;
import io.mqlsync.core.sync.WriteMode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings end to end: the real engine over the HubSpot adapter and the sandbox, with a model whose only intent is
 * a meeting that was not cancelled. A contact who books one becomes an MQL on the next sync; one whose meeting was
 * cancelled does not.
 */
class HubSpotMeetingsSyncTest {
    private static final int CONTACTS = 200;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String MODEL = """
            name: meetings
            version: 1
            fit:
              min: 0
              max: 10
              rules:
                - id: has-email
                  points: 10
                  label: Has an email address
                  if: { field: email, matches: "@" }
            intent:
              max: 50
              rules:
                - id: meeting
                  points: 30
                  label: Booked a meeting that still stands
                  handRaise: true
                  event: { type: MEETING_BOOKED, where: { field: outcome, in: [SCHEDULED, COMPLETED, RESCHEDULED] } }
            qualify:
              fitMin: 10
              intentMin: 30
              scoreMin: 40
            """;

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
            .rateLimits(TestAdapter.GENEROUS));

    @TempDir
    Path dir;

    @Test
    void aMeetingBookedAfterTheBackfillQualifiesItsContactOnTheNextSyncAndACancelledOneDoesNot() throws IOException {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter setup = TestAdapter.open(sandbox)) {
            setup.adapter.schema().apply(Reads.REQUIREMENTS);
        }
        InstanceConfig config = config(sandbox);
        CallCounts calls = new CallCounts();
        ResilientCallPolicy policy = new ResilientCallPolicy("e2e", TestAdapter.fast(),
                new PolicyRuntime(sandbox.clock(), System::nanoTime, wait -> { }, () -> 0.5, calls));
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(config.state().url()), sandbox.clock());
             CrmAdapter crm = new HubSpotProvider().open(new AdapterContext("e2e", config.crmSettings(), config.fields(),
                     config.writeBack(), policy, db.forInstance(config.instance()).engagementArchive(), sandbox.clock()))) {
            SyncEngine engine = new SyncEngine(config, crm, db.forInstance(config.instance()), sandbox.clock(), calls);
            assertThat(engine.backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.LIVE, false),
                    RunListener.none()).outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            List<Long> unqualified = LongStream.rangeClosed(1, CONTACTS)
                    .filter(id -> sandbox.meetingsOf(id).isEmpty() && !MqlStatus.MQL.name().equals(status(sandbox, id)))
                    .limit(2).boxed().toList();
            long booker = unqualified.get(0);
            long canceller = unqualified.get(1);
            engine.sync();

            sandbox.clock().advance(Duration.ofHours(1));
            sandbox.bookMeeting(Map.of("hs_meeting_title", "Demo", "hs_meeting_start_time", "2026-11-24T16:00:00Z"),
                    List.of(booker));
            sandbox.bookMeeting(Map.of("hs_meeting_title", "Demo", "hs_meeting_outcome", "CANCELED"), List.of(canceller));
            sandbox.clock().advance(Duration.ofMinutes(10));

            assertThat(engine.sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

            assertThat(status(sandbox, booker)).isEqualTo(MqlStatus.MQL.name());
            assertThat(status(sandbox, canceller)).isNotEqualTo(MqlStatus.MQL.name());
        }
    }

    private static String status(HubSpotSandbox sandbox, long id) {
        return sandbox.contact(id).orElseThrow().getOrDefault("mql_status", "");
    }

    private InstanceConfig config(HubSpotSandbox sandbox) throws IOException {
        List<String> pool = new ArrayList<>();
        for (SyntheticOwner owner : sandbox.data().owners()) {
            if (owner.kind() == OwnerKind.PERSON && owner.active() && pool.size() < 2) {
                pool.add(owner.email());
            }
        }
        Path model = Files.writeString(dir.resolve("meetings.yaml"), MODEL);
        Path file = Files.writeString(dir.resolve("e2e.yaml"), """
                instance: e2e
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${HUBSPOT_TOKEN}
                model: %s
                routing: { defaultPool: [%s] }
                tasks: { sla: PT4H }
                """.formatted(sandbox.baseUrl(), model, String.join(", ", pool)));
        return new InstanceConfigLoader(CrmProviders.of(List.of(new HubSpotProvider())),
                ConfigEnvironment.of(Map.of("HUBSPOT_TOKEN", sandbox.token()), Optional.of(dir.resolve("data")), dir))
                .load(file);
    }
}
