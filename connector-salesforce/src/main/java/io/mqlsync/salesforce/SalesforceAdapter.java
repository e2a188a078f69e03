package io.mqlsync.salesforce;

import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.core.spi.OwnerDirectory;
import io.mqlsync.core.spi.SchemaSetup;
import io.mqlsync.salesforce.client.SalesforceOAuth;
import io.mqlsync.salesforce.client.SalesforceLogin;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.CustomFieldNames;
import io.mqlsync.salesforce.mapping.HandoffTaskRecords;
import io.mqlsync.salesforce.mapping.LeadChangeRecords;
import io.mqlsync.salesforce.mapping.LeadFieldMap;
import io.mqlsync.salesforce.mapping.SalesforceLeadReader;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * One open Salesforce org: an OAuth session (over one OkHttp client) and the SPI parts on it, each with a
 * partner connection of its own, so different parts may be used from different threads at once. Each part
 * is not thread-safe by itself.
 */
public final class SalesforceAdapter implements CrmAdapter {
    /** Connect and read timeout of every request; a large query page can take tens of seconds. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient http;
    private final LeadSource leads;
    private final EngagementSource engagement;
    private final LeadSink sink;
    private final OwnerDirectory owners;
    private final SchemaSetup schema;
    private final OutcomeSource outcomes;

    private SalesforceAdapter(OkHttpClient http, SalesforceLogin login, SalesforceSettings settings, AdapterContext context) {
        this.http = http;
        LeadFieldMap fields = new LeadFieldMap(settings.object(), context.fields());
        CustomFieldNames names = new CustomFieldNames(context.writeBack());
        this.leads = new SalesforceLeadSource(login.newSession(), new SalesforceLeadReader(settings.object(), fields, names),
                settings.object(), names);
        this.engagement = new SalesforceEngagementSource(login.newSession(), settings.object(), settings.engagement());
        this.sink = new SalesforceLeadSink(login.newSession(), new LeadChangeRecords(settings.object(), fields, names),
                new HandoffTaskRecords(), settings.assignmentRules());
        this.owners = new SalesforceOwnerDirectory(login.newSession());
        SalesforceSession schemaSession = login.newSession();
        this.schema = new SalesforceSchemaSetup(schemaSession, settings.object(), fields,
                new MetadataPackage(settings.object(), fields, settings.apiVersion()),
                new EngagementSchemaCheck(schemaSession, settings.object(), settings.engagement()));
        this.outcomes = new SalesforceOutcomeSource(login.newSession(), settings.object());
    }

    static SalesforceAdapter open(AdapterContext context, SalesforceSettings settings) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(TIMEOUT).readTimeout(TIMEOUT).writeTimeout(TIMEOUT)
                .callTimeout(TIMEOUT.multipliedBy(2)).build();
        try {
            SalesforceOAuth oauth = new SalesforceOAuth(settings.credentials(), http, context.clock());
            SalesforceLogin login = SalesforceLogin.open(oauth, context.calls(), settings.apiVersion(), TIMEOUT);
            return new SalesforceAdapter(http, login, settings, context);
        } catch (RuntimeException e) {
            release(http);
            throw e;
        }
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
        release(http);
    }

    private static void release(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        try {
            http.dispatcher().executorService().awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
