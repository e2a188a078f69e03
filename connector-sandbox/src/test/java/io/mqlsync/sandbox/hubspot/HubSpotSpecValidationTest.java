package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotSpecValidationTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(10).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @Test
    void aRequestThatViolatesHubSpotsSpecIsReported() throws IOException {
        assumeTrue(HUBSPOT.sandbox().validatesAgainstSpec(), "HubSpot specs folder absent");
        // A search without "after" and "sorts", and a property value sent as a number: both break the spec.
        http.post("/crm/v3/objects/contacts/search", "{\"filterGroups\":[],\"limit\":10,\"properties\":[\"email\"]}");
        http.patch("/crm/v3/objects/contacts/1", Map.of("properties", Map.of("annualrevenue", 1000)));

        List<SpecViolation> violations = HUBSPOT.sandbox().specViolations().drain();
        assertThat(violations).isNotEmpty().allMatch(v -> v.direction() == SpecViolation.Direction.REQUEST);
        assertThat(violations).anyMatch(v -> v.path().endsWith("/search") && v.message().contains("after"));
        assertThat(violations).anyMatch(v -> v.path().equals("/crm/v3/objects/contacts/1"));
    }

    @Test
    void aViolationFailsTheTestThatCausedIt() throws IOException {
        assumeTrue(HUBSPOT.sandbox().validatesAgainstSpec(), "HubSpot specs folder absent");
        http.post("/crm/v3/objects/contacts/batch/read", Map.of("inputs", List.of(Map.of("id", "1")),
                "properties", List.of("email")));
        assertThatThrownBy(() -> HUBSPOT.sandbox().specViolations().assertNone())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("REQUEST POST /crm/v3/objects/contacts/batch/read")
                .hasMessageContaining("propertiesWithHistory");
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void aRequestThatFollowsTheSpecIsNotReported() throws IOException {
        http.post("/crm/v3/objects/contacts/search", HubSpotHttp.search(List.of(), List.of(), 10, "0", "email"));
        http.patch("/crm/v3/objects/contacts/1", Map.of("properties", Map.of("annualrevenue", "1000")));
        assertThat(HUBSPOT.sandbox().specViolations().peek()).isEmpty();
    }

    @Test
    void anAbsentSpecsFolderSkipsOnlyValidation() throws IOException {
        HubSpotSpecs missing = HubSpotSpecs.in(Path.of("target/no-such-specs"));
        assertThat(missing.enabled()).isFalse();
        try (HubSpotSandbox sandbox = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(5)
                .specs(missing).build())) {
            HubSpotHttp unchecked = new HubSpotHttp(sandbox);
            assertThat(unchecked.post("/crm/v3/objects/contacts/search", "{\"limit\":1}").status()).isEqualTo(200);
            assertThat(sandbox.specViolations().peek()).isEmpty();
            assertThat(sandbox.validatesAgainstSpec()).isFalse();
        }
    }
}
