package io.mqlsync.core.sync;

import io.mqlsync.core.MutableClock;
import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instance for engine tests: a config loaded from YAML as a user writes it (HubSpot defaults, a
 * two-owner round-robin pool, tasks with a 4-hour SLA), a {@link FakeCrm}, and a real SQLite state store
 * in a temp folder. The CRM and the engine share one clock; the store has its own, so a test can let a
 * crashed run's lease expire without moving the engine's time.
 */
final class EngineFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
    static final String MODEL = """
            name: engine-test
            version: 1
            fit:
              rules:
                - { id: title-exec, points: 30, label: "Director or VP", if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
            intent:
              max: 150
              decay: { halfLife: P30D }
              rules:
                - { id: demo-request, points: 50, label: "Requested a demo", handRaise: true, event: { type: FORM_SUBMITTED } }
                - { id: page-views, points: 10, max: 60, label: "Page views", event: { type: PAGE_VIEWED } }
            qualify: { fitMin: 25, intentMin: 30, scoreMin: 70 }
            """;
    static final String INSTANCE = """
            instance: acme
            crm: hubspot
            hubspot: { baseUrl: "http://localhost:1" }
            model: model.yaml
            routing:
              defaultPool: [alice@acme.com, bob@acme.com]
            tasks: { sla: PT4H }
            lifecycle: { expireAfter: P14D, nurtureOwner: nurture@acme.com }
            """;

    final MutableClock clock = new MutableClock(NOW);
    final MutableClock storeClock = new MutableClock(NOW);
    final FakeCrm crm = new FakeCrm(clock).owner("A", "alice@acme.com").owner("B", "bob@acme.com")
            .owner("N", "nurture@acme.com");
    final InstanceConfig config;
    private final StateDatabase database;
    final StateStore store;
    final CallCounts calls = new CallCounts();

    EngineFixture(Path dir) {
        this(dir, INSTANCE);
    }

    /** With this instance config instead of {@link #INSTANCE} (the model stays {@link #MODEL}). */
    EngineFixture(Path dir, String instance) {
        config = load(dir, instance);
        database = StateDatabase.open(StateStoreSettings.of(config.state().url()), storeClock);
        store = database.forInstance(config.instance());
    }

    SyncEngine engine() {
        return engine(PipelineHook.none());
    }

    SyncEngine engine(PipelineHook hook) {
        return new SyncEngine(config, crm, store, clock, calls, hook);
    }

    /** A VP who requested a demo an hour ago: qualifies at once. */
    EngineFixture mql(String id) {
        crm.lead(id, Map.of("jobTitle", "VP Sales", "email", "lead" + id + "@example.org"));
        crm.event(id, Event.of(EventType.FORM_SUBMITTED, clock.instant().minus(Duration.ofHours(1))));
        return this;
    }

    /** A manager with no engagement: scored, never qualified. */
    EngineFixture cold(String id) {
        crm.lead(id, Map.of("jobTitle", "Office manager"));
        return this;
    }

    /** A provider of the fake CRM under the HubSpot key, so configs load with HubSpot's defaults. */
    static CrmProviders providers(CrmAdapter adapter) {
        return CrmProviders.of(List.of(new CrmProvider() {
            @Override
            public String crm() {
                return "hubspot";
            }

            @Override
            public void validate(ConfigBlock settings) {
                // the fake needs no settings
            }

            @Override
            public CallPolicyConfig callPolicy(ConfigBlock settings) {
                throw new UnsupportedOperationException("engine tests build no call policy");
            }

            @Override
            public CrmAdapter open(AdapterContext context) {
                return adapter;
            }
        }));
    }

    private InstanceConfig load(Path dir, String instance) {
        try {
            Files.writeString(dir.resolve("model.yaml"), MODEL);
            Path file = Files.writeString(dir.resolve("acme.yaml"), instance);
            return new InstanceConfigLoader(providers(crm), ConfigEnvironment.of(Map.of(), Optional.of(dir.resolve("data")), dir))
                    .load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Time passes for the CRM, the engine and the store alike. */
    void advance(Duration by) {
        clock.advance(by);
        storeClock.advance(by);
    }

    @Override
    public void close() {
        database.close();
    }
}
