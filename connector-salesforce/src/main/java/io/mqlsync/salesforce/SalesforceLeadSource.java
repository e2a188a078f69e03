package io.mqlsync.salesforce;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.salesforce.ReadCursor.Order;
import io.mqlsync.salesforce.ReadCursor.Phase;
import io.mqlsync.salesforce.ReadCursor.Seen;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.CustomFieldNames;
import io.mqlsync.salesforce.mapping.LeadObject;
import io.mqlsync.salesforce.mapping.SalesforceLeadReader;
import io.mqlsync.salesforce.mapping.Soql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads leads or contacts through SOQL {@code query} and {@code queryMore}. A page is one call: the query's
 * batch size is the page size (200 to 2,000, Salesforce's range), and below 200 a page is a fresh keyset
 * query with {@code LIMIT}. Incremental reads order by {@code SystemModstamp, Id}, so many records on one
 * timestamp page on without looping; each run looks back {@link #LOOKBACK} before the last key to catch
 * records whose transaction committed late, skipping those it already read at the same modstamp. When a
 * query locator has died, the read goes on from the cursor's key. Not thread-safe.
 */
final class SalesforceLeadSource implements LeadSource {
    /** How far each run re-reads before the last modstamp seen, for records committed after they were stamped. */
    static final Duration LOOKBACK = Duration.ofMinutes(5);
    static final int MIN_BATCH = 200;
    static final int MAX_BATCH = 2000;

    private final SalesforceSession session;
    private final SalesforceLeadReader reader;
    private final LeadObject object;
    private final String nextRescoreField;
    private final String select;

    SalesforceLeadSource(SalesforceSession session, SalesforceLeadReader reader, LeadObject object, CustomFieldNames names) {
        this.session = session;
        this.reader = reader;
        this.object = object;
        this.nextRescoreField = names.field(WrittenProperty.NEXT_RESCORE_AT);
        this.select = String.join(", ", reader.select());
    }

    @Override
    public LeadPage changed(Optional<Cursor> after, int pageSize) {
        ReadCursor cursor = after.map(c -> ReadCursor.decode(c, Order.MODSTAMP)).orElse(ReadCursor.start(Order.MODSTAMP));
        String where = cursor.modstamp().map(at -> cursor.phase() == Phase.NEXT_RUN
                ? "SystemModstamp >= " + Soql.dateTime(at.minus(LOOKBACK))
                : "(SystemModstamp > " + Soql.dateTime(at) + " OR (SystemModstamp = " + Soql.dateTime(at) + " AND Id > "
                        + Soql.quote(cursor.lastId().orElseThrow()) + "))").orElse("");
        Fetched fetched = fetch(cursor, "lead.changed", where, "SystemModstamp, Id", pageSize);
        Set<Seen> seenBefore = new HashSet<>(cursor.seen());
        List<SourceLead> leads = new ArrayList<>();
        List<Seen> seen = new ArrayList<>(cursor.seen());
        Optional<Instant> modstamp = cursor.modstamp();
        Optional<String> lastId = cursor.lastId();
        for (SObject record : fetched.records()) {
            Instant stamp = reader.modstamp(record).orElseThrow(() -> new IllegalStateException("record without SystemModstamp"));
            Seen key = new Seen(record.getId(), stamp);
            if (!seenBefore.contains(key)) {
                leads.add(reader.read(record));
                seen.add(key);
            }
            modstamp = Optional.of(stamp);
            lastId = Optional.of(record.getId());
        }
        Optional<Instant> horizon = modstamp.map(m -> m.minus(LOOKBACK));
        List<Seen> recent = seen.stream().filter(s -> horizon.filter(h -> s.modstamp().isBefore(h)).isEmpty()).toList();
        return page(leads, new ReadCursor(Order.MODSTAMP, modstamp, lastId, fetched.locator(), phase(fetched), recent), fetched);
    }

    @Override
    public LeadPage all(Optional<Cursor> after, Optional<Instant> modifiedSince, int pageSize) {
        String filter = modifiedSince.map(at -> "SystemModstamp >= " + Soql.dateTime(at)).orElse("");
        return byId(after, "lead.all", filter, pageSize);
    }

    @Override
    public LeadPage dueForRescore(Instant now, Optional<Cursor> after, int pageSize) {
        return byId(after, "lead.dueForRescore", nextRescoreField + " <= " + Soql.dateTime(now), pageSize);
    }

    @Override
    public Optional<SourceLead> get(LeadId id) {
        if (!Soql.isId(id.value())) {
            return Optional.empty();
        }
        String soql = "SELECT " + select + " FROM " + object.apiName() + " WHERE Id = " + Soql.quote(id.value());
        QueryResult result = session.call(CallKind.READ, "lead.get", c -> c.query(soql));
        return SalesforceLeadReader.records(result.getRecords()).stream().findFirst().map(reader::read);
    }

    private LeadPage byId(Optional<Cursor> after, String operation, String filter, int pageSize) {
        ReadCursor cursor = after.map(c -> ReadCursor.decode(c, Order.ID)).orElse(ReadCursor.start(Order.ID));
        List<String> conditions = new ArrayList<>();
        if (!filter.isEmpty()) {
            conditions.add(filter);
        }
        cursor.lastId().ifPresent(id -> conditions.add("Id > " + Soql.quote(id)));
        Fetched fetched = fetch(cursor, operation, String.join(" AND ", conditions), "Id", pageSize);
        List<SourceLead> leads = fetched.records().stream().map(reader::read).toList();
        Optional<String> lastId = fetched.records().isEmpty() ? cursor.lastId()
                : Optional.of(fetched.records().getLast().getId());
        return page(leads, new ReadCursor(Order.ID, Optional.empty(), lastId, fetched.locator(), phase(fetched), List.of()),
                fetched);
    }

    private static LeadPage page(List<SourceLead> leads, ReadCursor next, Fetched fetched) {
        return new LeadPage(leads, next.encode(), fetched.hasMore());
    }

    private static Phase phase(Fetched fetched) {
        return fetched.hasMore() ? Phase.CONTINUE : Phase.NEXT_RUN;
    }

    /** One call: the open query's next batch, or a new query from the cursor's key. */
    private Fetched fetch(ReadCursor cursor, String operation, String where, String orderBy, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1 but was " + pageSize);
        }
        int batch = Math.clamp(pageSize, MIN_BATCH, MAX_BATCH);
        if (cursor.locator().isPresent() && cursor.phase() == Phase.CONTINUE && pageSize >= MIN_BATCH) {
            String locator = cursor.locator().get();
            Optional<QueryResult> more = session.call(CallKind.READ, operation + ".queryMore", c -> {
                c.setQueryOptions(batch);
                try {
                    return Optional.of(c.queryMore(locator));
                } catch (InvalidQueryLocatorFault expiredOrDropped) {
                    return Optional.empty();
                }
            });
            if (more.isPresent()) {
                return Fetched.of(more.get());
            }
        }
        boolean limited = pageSize < MIN_BATCH;
        String soql = "SELECT " + select + " FROM " + object.apiName() + (where.isEmpty() ? "" : " WHERE " + where)
                + " ORDER BY " + orderBy + (limited ? " LIMIT " + pageSize : "");
        QueryResult result = session.call(CallKind.READ, operation + ".query", c -> {
            c.setQueryOptions(batch);
            return c.query(soql);
        });
        Fetched fetched = Fetched.of(result);
        return limited ? new Fetched(fetched.records(), Optional.empty(), fetched.records().size() == pageSize) : fetched;
    }

    /** The records of one call and whether the query has more. */
    private record Fetched(List<SObject> records, Optional<String> locator, boolean hasMore) {
        static Fetched of(QueryResult result) {
            boolean more = !result.isDone() && result.getQueryLocator() != null;
            return new Fetched(SalesforceLeadReader.records(result.getRecords()),
                    more ? Optional.of(result.getQueryLocator()) : Optional.empty(), more);
        }
    }
}
