package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotOAuthTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(5).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO));

    private final OkHttpClient client = new OkHttpClient();

    private HubSpotHttp.Reply refresh(String refreshToken) throws IOException {
        HubSpotSandbox.OAuthApp app = HUBSPOT.sandbox().oauthApp();
        Request request = new Request.Builder().url(HUBSPOT.sandbox().baseUrl() + "/oauth/v1/token")
                .post(new FormBody.Builder().add("grant_type", "refresh_token").add("client_id", app.clientId())
                        .add("client_secret", app.clientSecret()).add("refresh_token", refreshToken).build())
                .build();
        try (Response response = client.newCall(request).execute()) {
            return new HubSpotHttp.Reply(response.code(), response.headers(), response.body().string());
        }
    }

    private int getWith(String accessToken) throws IOException {
        Request request = new Request.Builder().url(HUBSPOT.sandbox().baseUrl() + "/crm/v3/objects/contacts/1")
                .header("Authorization", "Bearer " + accessToken).build();
        try (Response response = client.newCall(request).execute()) {
            return response.code();
        }
    }

    @Test
    void aRefreshedAccessTokenWorksUntilItExpiresAfterThirtyMinutes() throws IOException {
        HubSpotHttp.Reply token = refresh(HUBSPOT.sandbox().oauthApp().refreshToken());
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("expires_in").asInt()).isEqualTo(1800);
        String accessToken = token.json().path("access_token").asText();
        assertThat(getWith(accessToken)).isEqualTo(200);
        HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(30));
        assertThat(getWith(accessToken)).isEqualTo(401);
        String fresh = refresh(HUBSPOT.sandbox().oauthApp().refreshToken()).json().path("access_token").asText();
        assertThat(fresh).isNotEqualTo(accessToken);
        assertThat(getWith(fresh)).isEqualTo(200);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() throws IOException {
        HubSpotHttp.Reply refused = refresh("na1-not-a-token");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");
    }

    @Test
    void credentialsNeverPrintTheSecrets() {
        assertThat(HUBSPOT.sandbox().oauthApp().toString())
                .doesNotContain(HUBSPOT.sandbox().oauthApp().clientSecret())
                .doesNotContain(HUBSPOT.sandbox().oauthApp().refreshToken());
    }
}
