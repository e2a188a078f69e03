package io.mqlsync.hubspot;

import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
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
 * Outcomes end to end: the real engine over the HubSpot adapter and the sandbox, a SQLite state store.
 * A backfill stores the deals of the contacts it decides SQL; a deal that closes later, with no change to
 * its contact, is caught by the next sync's outcome sweep.
 */
class HubSpotOutcomesSyncTest {
    private static final int CONTACTS = 300;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
            .rateLimits(TestAdapter.GENEROUS));

    @TempDir
    Path dir;

    @Test
    void aBackfillStoresTheDealsOfSqlContactsAndTheSweepCatchesADealClosingLater() throws IOException {
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
            StateStore store = db.forInstance(config.instance());
            SyncEngine engine = new SyncEngine(config, crm, store, sandbox.clock(), calls);

            assertThat(engine.backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.LIVE, false),
                    RunListener.none()).outcome()).isEqualTo(RunOutcome.SUCCEEDED);

            List<Long> sql = LongStream.rangeClosed(1, CONTACTS)
                    .filter(id -> sandbox.contact(id).orElseThrow().getOrDefault("mql_status", "").equals(MqlStatus.SQL.name()))
                    .boxed().toList();
            List<Long> sqlWithDeals = sql.stream().filter(id -> !sandbox.dealsOf(id).isEmpty()).toList();
            assertThat(sqlWithDeals).as("the generator gives some SQL contacts deals").isNotEmpty();
            assertThat(sqlWithDeals).allSatisfy(id -> assertThat(store.deals().ofLead(new LeadId(id.toString())))
                    .extracting(Deal::id).containsExactlyInAnyOrderElementsOf(
                            sandbox.dealsOf(id).stream().map(String::valueOf).toList()));
            assertThat(calls.attemptsByOperation().get("associations.deals.batchRead"))
                    .as("at most one associations read per page of 100").isLessThanOrEqualTo((CONTACTS + 99) / 100);

            long contact = sqlWithDeals.stream().filter(id -> store.deals().ofLead(new LeadId(id.toString())).stream()
                    .anyMatch(d -> d.stage() == DealStage.OPEN)).findFirst().orElseThrow();
            Deal open = store.deals().ofLead(new LeadId(Long.toString(contact))).stream()
                    .filter(d -> d.stage() == DealStage.OPEN).findFirst().orElseThrow();
            // two syncs: the first reads back what the backfill wrote, the second finds nothing changed
            engine.sync();
            sandbox.clock().advance(Duration.ofHours(1));
            engine.sync();
            assertThat(sandbox.contact(contact).orElseThrow().get("lastmodifieddate"))
                    .as("the contact is not modified from here on").isNotNull();
            String modified = sandbox.contact(contact).orElseThrow().get("lastmodifieddate");
            sandbox.updateDeal(Long.parseLong(open.id()), Map.of("dealstage", "closedwon", "amount", "31415.92",
                    "closedate", "2026-11-20T13:00:00.000Z"));
            sandbox.clock().advance(Duration.ofHours(2));

            assertThat(engine.sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

            assertThat(sandbox.contact(contact).orElseThrow().get("lastmodifieddate")).isEqualTo(modified);

            assertThat(store.deals().ofLead(new LeadId(Long.toString(contact)))).filteredOn(d -> d.id().equals(open.id()))
                    .singleElement().satisfies(d -> {
                        assertThat(d.stage()).isEqualTo(DealStage.WON);
                        assertThat(d.amount()).contains(new java.math.BigDecimal("31415.92"));
                    });
        }
    }

    private InstanceConfig config(HubSpotSandbox sandbox) throws IOException {
        List<String> pool = new ArrayList<>();
        for (SyntheticOwner owner : sandbox.data().owners()) {
            if (owner.kind() == OwnerKind.PERSON && owner.active() && pool.size() < 2) {
                pool.add(owner.email());
            }
        }
        Path model = Path.of("..", "config", "models", "smb.yaml").toAbsolutePath().normalize();
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
