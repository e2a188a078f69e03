package io.mqlsync.sandbox.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import io.mqlsync.sandbox.salesforce.internal.soql.BoundQuery;
import io.mqlsync.sandbox.salesforce.internal.soql.QueryRow;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlBinder;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QueryCursorsTest {

    @Property(tries = 60)
    void pagesPartitionTheResultInOrderForAnyCountAndBatchSize(@ForAll @IntRange(min = 0, max = 2_500) int count,
                                                               @ForAll @IntRange(min = 1, max = 3_000) int batch) {
        StandardObjects objects = new StandardObjects(SalesforceSandboxOptions.defaults());
        OrgRecords records = new OrgRecords();
        SObjectSchema lead = objects.object("Lead").orElseThrow();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrgRecord r = records.insert(lead);
            r.set("LastName", Optional.of("L" + i));
            inserted.add(r.id());
        }
        QueryCursors cursors = new QueryCursors(records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        BoundQuery query = new SoqlBinder(objects, records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).bind(SoqlParser.parse("SELECT Id FROM Lead"));

        QueryPage page = cursors.first("005", query, query.run(records.all(lead)), batch);
        List<String> seen = new ArrayList<>();
        int pages = 1;
        while (true) {
            page.rows().forEach(r -> seen.add(r.id().orElseThrow()));
            assertThat(page.totalSize()).isEqualTo(count);
            assertThat(page.rows().size()).isLessThanOrEqualTo(Math.max(200, Math.min(2000, batch)));
            if (page.done()) {
                break;
            }
            page = cursors.more("005", page.queryLocator().orElseThrow(), batch);
            pages++;
        }

        assertThat(seen).isEqualTo(inserted);
        int size = Math.max(200, Math.min(2000, batch));
        assertThat(pages).isEqualTo(Math.max(1, (count + size - 1) / size));
    }

    @Test
    void aUserKeepsAtMostTenOpenCursorsAndLosesTheLeastRecentlyUsed() {
        StandardObjects objects = new StandardObjects(SalesforceSandboxOptions.defaults());
        OrgRecords records = new OrgRecords();
        SObjectSchema lead = objects.object("Lead").orElseThrow();
        for (int i = 0; i < 450; i++) {
            records.insert(lead);
        }
        QueryCursors cursors = new QueryCursors(records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        BoundQuery query = new SoqlBinder(objects, records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .bind(SoqlParser.parse("SELECT Id FROM Lead"));
        List<String> locators = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            locators.add(cursors.first("005A", query, query.run(records.all(lead)), 200).queryLocator().orElseThrow());
            if (i == 5) {
                cursors.more("005A", locators.get(0), 200);
            }
        }

        SoapFault dropped = catchThrowableOfType(SoapFault.class, () -> cursors.more("005A", locators.get(1), 200));

        assertThat(dropped.code()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(cursors.more("005A", locators.get(2), 200).rows()).hasSize(200);
        assertThat(cursors.first("005B", query, query.run(records.all(lead)), 200).queryLocator()).isPresent();
    }

    @Property(tries = 30)
    void aCursorBelongsToTheUserWhoOpenedIt(@ForAll @IntRange(min = 201, max = 600) int count) {
        StandardObjects objects = new StandardObjects(SalesforceSandboxOptions.defaults());
        OrgRecords records = new OrgRecords();
        SObjectSchema lead = objects.object("Lead").orElseThrow();
        for (int i = 0; i < count; i++) {
            records.insert(lead);
        }
        QueryCursors cursors = new QueryCursors(records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        BoundQuery query = new SoqlBinder(objects, records, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).bind(SoqlParser.parse("SELECT Id FROM Lead"));
        String locator = cursors.first("005A", query, query.run(records.all(lead)), 200).queryLocator().orElseThrow();

        SoapFault fault = catchThrowableOfType(SoapFault.class,
                () -> cursors.more("005B", locator, 200));

        assertThat(fault.code()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(cursors.more("005A", locator, 200).rows()).extracting(QueryRow::type).allMatch("Lead"::equals);
    }
}
