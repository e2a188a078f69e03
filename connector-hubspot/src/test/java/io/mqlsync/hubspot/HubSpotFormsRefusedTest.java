package io.mqlsync.hubspot;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mqlsync.core.config.CrmKind;
import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.AssociatedType;
import io.mqlsync.hubspot.client.HubSpotAssociatedObjects;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.HubSpotHttp;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.client.PrivateAppToken;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.hubspot.mapping.ContactMapping;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal whose tier or scopes refuse the forms API (403; the sandbox serves every tier, so a plain stub
 * stands in): submissions fall back to the contact's latest conversion, noted on the card, and the forms API is
 * not asked again.
 */
class HubSpotFormsRefusedTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private WireMockServer server;
    private HubSpotHttp http;

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/marketing/v3/forms")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"This app hasn't been granted all required scopes\",\"category\":\"MISSING_SCOPES\"}")));
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop();
    }

    @Test
    void refusedFormsFallBackToTheLatestConversionWithANote() {
        CallCounts counts = new CallCounts();
        ResilientCallPolicy policy = new ResilientCallPolicy("t", TestAdapter.fast(),
                new PolicyRuntime(Clock.systemUTC(), System::nanoTime, wait -> { }, () -> 0.5, counts));
        http = new HubSpotHttp(HttpUrl.get(server.baseUrl()), new PrivateAppToken(new Secret("pat")), policy.feedback(),
                Timeouts.defaults());
        HubSpotClient client = new HubSpotClient(http, policy);
        ContactMapping mapping = new ContactMapping(FieldMapping.defaults(CrmKind.HUBSPOT), WriteBackConfig.defaults(),
                HubSpotEngagementSource.AGGREGATES);
        RecentContacts recent = new RecentContacts();
        HubSpotObject contact = new HubSpotObject("1", Map.of("email", "a@b.io", "recent_conversion_event_name", "Demo request",
                "recent_conversion_date", "2026-11-18T09:00:00Z"));
        recent.remember(contact);
        HubSpotEngagementSource source = new HubSpotEngagementSource(client, mapping, recent, new DetailReaders(
                new FormSubmissions(new HubSpotEngagementClient(http, policy), EngagementArchive.inMemory(), Duration.ofDays(365),
                        Duration.ofMinutes(5)),
                new PageViews(new HubSpotEngagementClient(http, policy), Duration.ofDays(365)),
                new EmailEvents(new HubSpotEngagementClient(http, policy), Duration.ofDays(365)),
                new Meetings(new HubSpotAssociatedObjects(http, policy, AssociatedType.MEETINGS), Duration.ofDays(365))));
        List<SourceLead> page = List.of(mapping.read(contact));

        Engagement first = source.eventsFor(page, NOW);
        Engagement second = source.eventsFor(page, NOW.plus(Duration.ofHours(1)));

        List<Event> forms = first.of(new LeadId("1")).stream().filter(e -> e.type() == EventType.FORM_SUBMITTED).toList();
        assertThat(forms).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(Instant.parse("2026-11-18T09:00:00Z"));
            assertThat(e.attrs().text("form")).contains("Demo request");
        });
        assertThat(first.noteFor(new LeadId("1"))).hasValueSatisfying(n -> assertThat(n).contains("form submissions from the latest conversion"));
        assertThat(second.of(new LeadId("1"))).hasSize(1);
        assertThat(counts.attemptsByOperation()).containsEntry("forms.list", 1L);
    }
}
