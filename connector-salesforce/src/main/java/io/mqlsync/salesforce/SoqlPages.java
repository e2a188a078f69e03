package io.mqlsync.salesforce;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.SalesforceLeadReader;
import java.util.function.Consumer;

/**
 * Runs a SOQL query and hands over every record of every page, following {@code queryMore}: each page one
 * {@link CallKind#READ} through the session's call policy. Not thread-safe (its session's connection).
 */
final class SoqlPages {
    /** Records per page: Salesforce's largest query batch. */
    private static final int BATCH = 2000;

    private final SalesforceSession session;

    SoqlPages(SalesforceSession session) {
        this.session = session;
    }

    /**
     * @param operation the call's name for metrics; pages after the first count as {@code operation + "More"}
     */
    void each(String operation, String soql, Consumer<SObject> sink) {
        QueryResult page = session.call(CallKind.READ, operation, c -> {
            c.setQueryOptions(BATCH);
            return c.query(soql);
        });
        SalesforceLeadReader.records(page.getRecords()).forEach(sink);
        while (!page.isDone() && page.getQueryLocator() != null) {
            String locator = page.getQueryLocator();
            page = session.call(CallKind.READ, operation + "More", c -> {
                c.setQueryOptions(BATCH);
                return c.queryMore(locator);
            });
            SalesforceLeadReader.records(page.getRecords()).forEach(sink);
        }
    }
}
