package io.mqlsync.app.demo;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.HubSpotSpecs;
import io.mqlsync.sandbox.hubspot.RateLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** The demo on the fake HubSpot portal: {@code config/instances/demo.yaml} against it. */
final class HubSpotDemoCrm implements DemoCrm {
    private static final String CONFIG = "demo.yaml";
    private static final String TOKEN_VARIABLE = "MQLSYNC_SANDBOX_TOKEN";
    /**
     * HubSpot's Starter limit (100 per 10 s) would make the backfill of 500 contacts take most of a
     * minute; the demo's portal and config allow ten times as much, and say so.
     */
    private static final int REQUESTS_PER_10S = 1_000;

    /** The lead statuses HubSpot's default {@code acceptedWhen} counts as accepted. */
    private static final Set<String> ACCEPTED = Set.of("IN_PROGRESS", "CONNECTED");

    private final HubSpotSandbox sandbox;
    private final DemoSpec spec;

    private HubSpotDemoCrm(HubSpotSandbox sandbox, DemoSpec spec) {
        this.sandbox = sandbox;
        this.spec = spec;
    }

    static HubSpotDemoCrm start(DemoSpec spec, AdjustableClock clock) {
        HubSpotSandboxOptions options = HubSpotSandboxOptions.builder()
                .port(0).contacts(spec.contacts()).seed(spec.seed())
                .anchor(clock.instant())           // engagement histories end now, so they look recent
                .clock(clock)
                // the runs' own writes read back at once: a lagging search index would make the sweep
                // re-plan leads the same run just wrote (harmless, but it doubles the counts shown)
                .searchLag(Duration.ZERO)
                .specs(HubSpotSpecs.disabled())    // a demo, not a test: no OpenAPI checks
                .rateLimits(new RateLimits(REQUESTS_PER_10S, RateLimits.STARTER.searchPerSecond(), RateLimits.STARTER.daily()))
                .build();
        return new HubSpotDemoCrm(HubSpotSandbox.start(options), spec);
    }

    @Override
    public String describe() {
        return "fake HubSpot portal at " + sandbox.baseUrl() + " with " + spec.contacts() + " contacts (seed " + spec.seed()
                + "), its API limit raised to " + REQUESTS_PER_10S + " requests per 10 s for a quick demo";
    }

    @Override
    public Path writeConfig(Path dir) throws IOException {
        return DemoConfigs.write(dir, CONFIG, config -> {
            config.withObject("/hubspot").put("baseUrl", sandbox.baseUrl()).put("requestsPer10s", REQUESTS_PER_10S);
            DemoConfigs.routeInTurn(config, sandbox.data());
        });
    }

    @Override
    public Map<String, String> environment() {
        return Map.of(TOKEN_VARIABLE, sandbox.token());
    }

    @Override
    public boolean awaitsSales(String leadId) {
        String status = sandbox.contact(Long.parseLong(leadId)).map(c -> c.getOrDefault("hs_lead_status", "")).orElse("");
        return !ACCEPTED.contains(status);
    }

    @Override
    public void accept(String leadId) {
        sandbox.patchContactAsSalesRep(Long.parseLong(leadId), Map.of("hs_lead_status", "IN_PROGRESS"));
    }

    @Override
    public void reject(String leadId, String reasonCode) {
        sandbox.patchContactAsSalesRep(Long.parseLong(leadId), Map.of("mql_rejection_reason", reasonCode));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
