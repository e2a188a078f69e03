package io.mqlsync.hubspot;

import io.mqlsync.core.spi.MapConfigBlock;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CrmProviders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HubSpotProviderTest {
    private static final HubSpotProvider PROVIDER = new HubSpotProvider();

    private static MapConfigBlock validated(Map<String, ?> values) {
        MapConfigBlock block = new MapConfigBlock("hubspot", values);
        PROVIDER.validate(block);
        return block;
    }

    @Test
    void theProviderIsFoundByItsCrmKey() {
        assertThat(CrmProviders.installed().find("hubspot")).hasValueSatisfying(p -> assertThat(p).isInstanceOf(HubSpotProvider.class));
    }

    @Test
    void aPrivateAppTokenOverHttpsIsValid() {
        assertThat(validated(Map.of("baseUrl", "https://api.hubapi.com", "accessToken", new Secret("pat"),
                "requestsPer10s", 190)).problems()).isEmpty();
    }

    @Test
    void anOAuthBlockIsValidAndNeedsAllThreeParts() {
        assertThat(validated(Map.of("oauth", Map.of("clientId", "c", "clientSecret", new Secret("s"),
                "refreshToken", new Secret("r")))).problems()).isEmpty();
        assertThat(validated(Map.of("oauth", Map.of("clientId", "c"))).problems())
                .containsExactly("hubspot.oauth.clientSecret: is required", "hubspot.oauth.refreshToken: is required");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"http://api.hubapi.com", "http://10.0.0.1:8080", "not a url"})
    void plainHttpIsRefusedExceptOnLoopback(String url) {
        assertThat(validated(Map.of("baseUrl", url, "accessToken", new Secret("pat"))).problems())
                .singleElement().satisfies(p -> assertThat(p).startsWith("hubspot.baseUrl: "));
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:8080"})
    void plainHttpIsAllowedOnLoopback(String url) {
        assertThat(validated(Map.of("baseUrl", url, "accessToken", new Secret("pat"))).problems()).isEmpty();
    }

    @Test
    void credentialsAreRequiredOnceAndLiteralsAreRefused() {
        assertThat(validated(Map.of()).problems()).singleElement().satisfies(p -> assertThat(p).startsWith("hubspot.accessToken: "));
        assertThat(validated(Map.of("accessToken", "pat-literal")).problems())
                .singleElement().satisfies(p -> assertThat(p).doesNotContain("pat-literal"));
        assertThat(validated(Map.of("accessToken", new Secret("a"), "oauth", Map.of("clientId", "c",
                "clientSecret", new Secret("s"), "refreshToken", new Secret("r")))).problems()).hasSize(1);
    }

    @ParameterizedTest(name = "requestsPer10s {0} is refused")
    @ValueSource(doubles = {0, -5, 12.5})
    void theRateMustBeAPositiveWholeNumber(double rate) {
        assertThat(validated(Map.of("accessToken", new Secret("a"), "requestsPer10s", rate)).problems())
                .containsExactly("hubspot.requestsPer10s: must be a whole number between 1 and 10000");
    }

    @Test
    void callsGoThroughTheTenSecondWindowAndSearchThroughFivePerSecond() {
        CallPolicyConfig config = PROVIDER.callPolicy(new MapConfigBlock("hubspot",
                Map.of("accessToken", new Secret("a"), "requestsPer10s", 190)));

        assertThat(config.rate().requests()).isEqualTo(190);
        assertThat(config.rate().window()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.kindRate()).hasValueSatisfying(k -> {
            assertThat(k.kinds()).containsExactly(CallKind.SEARCH);
            assertThat(k.rate().requests()).isEqualTo(5);
            assertThat(k.rate().window()).isEqualTo(Duration.ofSeconds(1));
        });
    }
}
