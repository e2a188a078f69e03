package io.mqlsync.hubspot;

import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.core.spi.OwnerDirectory;
import io.mqlsync.core.spi.SchemaSetup;
import io.mqlsync.hubspot.client.HubSpotHttp;

/** One open connection to one HubSpot portal; closing releases the HTTP client's connections. */
final class HubSpotAdapter implements CrmAdapter {
    private final HubSpotHttp http;
    private final LeadSource leads;
    private final EngagementSource engagement;
    private final LeadSink sink;
    private final OwnerDirectory owners;
    private final SchemaSetup schema;
    private final OutcomeSource outcomes;

    HubSpotAdapter(HubSpotHttp http, LeadSource leads, EngagementSource engagement, LeadSink sink, OwnerDirectory owners,
                   SchemaSetup schema, OutcomeSource outcomes) {
        this.http = http;
        this.leads = leads;
        this.engagement = engagement;
        this.sink = sink;
        this.owners = owners;
        this.schema = schema;
        this.outcomes = outcomes;
    }

    @Override
    public LeadSource leads() {
        return leads;
    }

    @Override
    public EngagementSource engagement() {
        return engagement;
    }

    @Override
    public LeadSink sink() {
        return sink;
    }

    @Override
    public OwnerDirectory owners() {
        return owners;
    }

    @Override
    public SchemaSetup schema() {
        return schema;
    }

    @Override
    public OutcomeSource outcomes() {
        return outcomes;
    }

    @Override
    public void close() {
        http.close();
    }
}
