package io.mqlsync.hubspot;

import io.mqlsync.core.spi.MapConfigBlock;
import io.mqlsync.core.config.CrmKind;
import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.KindRate;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.RateLimits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A HubSpot adapter opened on a sandbox the way the app opens it (through the provider), with a real
 * {@link ResilientCallPolicy} whose waits are recorded instead of slept and whose counts tests read.
 */
final class TestAdapter implements AutoCloseable {
    /** Sandbox limits far above what tests need, where the limits are not the point. */
    static final RateLimits GENEROUS = new RateLimits(100_000, 10_000, 100_000_000L);

    final CallCounts counts = new CallCounts();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final ResilientCallPolicy policy;
    final CrmAdapter adapter;

    private TestAdapter(HubSpotSandbox sandbox, Map<String, ?> block, FieldMapping fields, WriteBackConfig writeBack,
                        CallPolicyConfig config, Timeouts timeouts) {
        this(sandbox, block, fields, writeBack, config, timeouts, EngagementArchive.inMemory());
    }

    private TestAdapter(HubSpotSandbox sandbox, Map<String, ?> block, FieldMapping fields, WriteBackConfig writeBack,
                        CallPolicyConfig config, Timeouts timeouts, EngagementArchive archive) {
        PolicyRuntime runtime = new PolicyRuntime(sandbox.clock(), System::nanoTime, waits::add, () -> 0.5, counts);
        this.policy = new ResilientCallPolicy("test", config, runtime);
        this.adapter = new HubSpotProvider(timeouts).open(new AdapterContext("test", new MapConfigBlock("hubspot", block),
                fields, writeBack, policy, archive, sandbox.clock()));
    }

    static TestAdapter open(HubSpotSandbox sandbox) {
        return open(sandbox, tokenBlock(sandbox));
    }

    /** An adapter that keeps bulk-read engagement in {@code archive}, as one process after another shares the state database. */
    static TestAdapter open(HubSpotSandbox sandbox, EngagementArchive archive) {
        return new TestAdapter(sandbox, tokenBlock(sandbox), FieldMapping.defaults(CrmKind.HUBSPOT), WriteBackConfig.defaults(), fast(),
                Timeouts.defaults(), archive);
    }

    static TestAdapter open(HubSpotSandbox sandbox, Map<String, ?> block) {
        return new TestAdapter(sandbox, block, FieldMapping.defaults(CrmKind.HUBSPOT), WriteBackConfig.defaults(), fast(),
                Timeouts.defaults());
    }

    static TestAdapter open(HubSpotSandbox sandbox, FieldMapping fields) {
        return new TestAdapter(sandbox, tokenBlock(sandbox), fields, WriteBackConfig.defaults(), fast(), Timeouts.defaults());
    }

    static TestAdapter open(HubSpotSandbox sandbox, CallPolicyConfig config, Timeouts timeouts) {
        return new TestAdapter(sandbox, tokenBlock(sandbox), FieldMapping.defaults(CrmKind.HUBSPOT), WriteBackConfig.defaults(),
                config, timeouts);
    }

    static Map<String, Object> tokenBlock(HubSpotSandbox sandbox) {
        return Map.of("baseUrl", sandbox.baseUrl(), "accessToken", new Secret(sandbox.token()));
    }

    /** Limits that never make a test wait noticeably. */
    static CallPolicyConfig fast() {
        return CallPolicyConfig.of(new RequestRate(100_000, Duration.ofSeconds(10)))
                .withKindRate(new KindRate(Set.of(CallKind.SEARCH), new RequestRate(10_000, Duration.ofSeconds(1))));
    }

    long calls(String operation) {
        return counts.attemptsByOperation().getOrDefault(operation, 0L);
    }

    @Override
    public void close() {
        adapter.close();
    }
}
