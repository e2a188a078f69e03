package io.mqlsync.hubspot;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.KindRate;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.hubspot.client.AccessTokens;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.AssociatedType;
import io.mqlsync.hubspot.client.HubSpotAssociatedObjects;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.HubSpotPropertiesClient;
import io.mqlsync.hubspot.client.HubSpotHttp;
import io.mqlsync.hubspot.client.OAuthTokens;
import io.mqlsync.hubspot.client.PrivateAppToken;
import io.mqlsync.hubspot.client.Timeouts;
import io.mqlsync.hubspot.mapping.ContactMapping;

import java.time.Duration;
import java.util.Set;

/**
 * The HubSpot adapter, found by {@code crm: hubspot}. Its calls go through a limit of the configured
 * {@code requestsPer10s} per 10 seconds and, for search, HubSpot's 5 per second on top.
 */
public final class HubSpotProvider implements CrmProvider {
    /** How far an incremental read starts before the end of the last one, for HubSpot's search lag. */
    static final Duration SEARCH_LOOKBACK = Duration.ofMinutes(2);
    /** How far back form submissions, page views, email events and meetings are read. */
    static final Duration ENGAGEMENT_HORIZON = Duration.ofDays(365);
    /** How often form submissions are read again during a run. */
    static final Duration FORM_REFRESH = Duration.ofMinutes(5);
    private static final RequestRate SEARCH_RATE = new RequestRate(5, Duration.ofSeconds(1));

    private final Timeouts timeouts;

    /** For {@link java.util.ServiceLoader}: the default timeouts. */
    public HubSpotProvider() {
        this(Timeouts.defaults());
    }

    /** With other timeouts, for tests of stalled connections. */
    public HubSpotProvider(Timeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public String crm() {
        return "hubspot";
    }

    @Override
    public void validate(ConfigBlock settings) {
        HubSpotSettings.read(settings);
    }

    @Override
    public CallPolicyConfig callPolicy(ConfigBlock settings) {
        int perWindow = HubSpotSettings.read(settings).map(HubSpotSettings::requestsPer10s)
                .orElse(HubSpotSettings.DEFAULT_REQUESTS_PER_10S);
        return CallPolicyConfig.of(new RequestRate(perWindow, Duration.ofSeconds(10)))
                .withKindRate(new KindRate(Set.of(CallKind.SEARCH), SEARCH_RATE));
    }

    @Override
    public CrmAdapter open(AdapterContext context) {
        HubSpotSettings settings = HubSpotSettings.read(context.settings()).orElseThrow(() -> new PermanentCrmException(
                context.instance() + ": the hubspot block has problems; run validate"));
        AccessTokens tokens = settings.oauth().<AccessTokens>map(o -> new OAuthTokens(HubSpotHttp.unauthenticated(timeouts),
                settings.baseUrl(), o)).orElseGet(() -> new PrivateAppToken(settings.accessToken().orElseThrow()));
        HubSpotHttp http = new HubSpotHttp(settings.baseUrl(), tokens, context.calls().feedback(), timeouts);
        HubSpotClient client = new HubSpotClient(http, context.calls());
        HubSpotEngagementClient engagement = new HubSpotEngagementClient(http, context.calls());
        ContactMapping mapping = new ContactMapping(context.fields(), context.writeBack(), HubSpotEngagementSource.AGGREGATES);
        RecentContacts recent = new RecentContacts();
        return new HubSpotAdapter(http,
                new HubSpotLeadSource(client, mapping, recent, context.clock(), SEARCH_LOOKBACK,
                        context.writeBack().name(WrittenProperty.NEXT_RESCORE_AT)),
                new HubSpotEngagementSource(client, mapping, recent, new DetailReaders(
                        new FormSubmissions(engagement, context.archive(), ENGAGEMENT_HORIZON, FORM_REFRESH),
                        new PageViews(engagement, ENGAGEMENT_HORIZON),
                        new EmailEvents(engagement, ENGAGEMENT_HORIZON),
                        new Meetings(new HubSpotAssociatedObjects(http, context.calls(), AssociatedType.MEETINGS),
                                ENGAGEMENT_HORIZON))),
                new HubSpotLeadSink(client, mapping),
                new HubSpotOwnerDirectory(client),
                new HubSpotSchemaSetup(new HubSpotPropertiesClient(http, context.calls()), mapping.property(CanonicalField.LEAD_STATUS)),
                new HubSpotOutcomeSource(new HubSpotAssociatedObjects(http, context.calls(), AssociatedType.DEALS)));
    }
}
