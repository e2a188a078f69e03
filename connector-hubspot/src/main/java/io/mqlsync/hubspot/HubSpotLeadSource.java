package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.client.ObjectPage;
import io.mqlsync.hubspot.client.SearchFilter;
import io.mqlsync.hubspot.client.SearchQuery;
import io.mqlsync.hubspot.mapping.ContactMapping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads HubSpot contacts: incremental changes by search on {@code lastmodifieddate} (see {@link ChangeCursor}),
 * a backfill by the list endpoint, and the decay sweep by search on {@code <prefix>next_rescore_at}. Each
 * page costs one request (two when a full page shares one timestamp and the read switches to id order).
 * Not thread-safe.
 */
final class HubSpotLeadSource implements LeadSource {
    private static final String LIST_PREFIX = "list:";
    private static final String SWEEP_PREFIX = "due:";

    private final HubSpotClient client;
    private final ContactMapping mapping;
    private final RecentContacts recent;
    private final Clock clock;
    private final Duration lookback;
    private final String nextRescoreProperty;

    /**
     * @param lookback how far before the end of a caught-up read the next run starts again, for HubSpot's
     *                 search lag (new writes take seconds to become searchable)
     */
    HubSpotLeadSource(HubSpotClient client, ContactMapping mapping, RecentContacts recent, Clock clock,
                      Duration lookback, String nextRescoreProperty) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lookback = Objects.requireNonNull(lookback, "lookback");
        this.nextRescoreProperty = Objects.requireNonNull(nextRescoreProperty, "nextRescoreProperty");
    }

    @Override
    public LeadPage changed(Optional<Cursor> after, int pageSize) {
        ChangeCursor cursor = after.map(ChangeCursor::decodeOrFail).orElseGet(ChangeCursor::start);
        return changedFrom(cursor, limit(pageSize));
    }

    private LeadPage changedFrom(ChangeCursor cursor, int limit) {
        if (cursor.mode() == ChangeCursor.Mode.TIE) {
            return tie(cursor, limit);
        }
        List<HubSpotObject> found = search(List.of(List.of(new SearchFilter(ContactMapping.LAST_MODIFIED,
                cursor.inclusive() ? "GTE" : "GT", millis(cursor.at())))), ContactMapping.LAST_MODIFIED, limit);
        if (found.size() < limit) {
            return caughtUp(cursor, found);
        }
        Instant last = modified(found.getLast());
        if (modified(found.getFirst()).equals(last)) {
            // a whole page on one timestamp: read that timestamp in id order instead, however many share it
            return tie(ChangeCursor.tie(last, 0, cursor.seen()), limit);
        }
        // the contacts on the last timestamp may go on past this page: they are read again from there
        List<HubSpotObject> complete = found.stream().filter(c -> modified(c).isBefore(last)).toList();
        return page(complete, cursor, ChangeCursor.from(last, true, cursor.seenWith(delivered(complete), floor())), true);
    }

    private LeadPage tie(ChangeCursor cursor, int limit) {
        String at = millis(cursor.at());
        List<HubSpotObject> found = search(List.of(List.of(SearchFilter.eq(ContactMapping.LAST_MODIFIED, at),
                SearchFilter.gt(ContactMapping.OBJECT_ID, Long.toString(cursor.afterId())))), ContactMapping.OBJECT_ID, limit);
        Map<Long, Long> seen = cursor.seenWith(delivered(found), floor());
        ChangeCursor next = found.size() < limit ? ChangeCursor.from(cursor.at(), false, seen)
                : ChangeCursor.tie(cursor.at(), id(found.getLast()), seen);
        return page(found, cursor, next, true);
    }

    /** The read found everything there is now; the next run starts a lookback before now, to catch lagging writes. */
    private LeadPage caughtUp(ChangeCursor cursor, List<HubSpotObject> found) {
        Instant reached = found.isEmpty() ? cursor.at() : modified(found.getLast());
        Instant floor = floor();
        Instant resume = floor.isBefore(reached) ? floor : reached;
        boolean inclusive = found.isEmpty() && resume.equals(cursor.at()) && cursor.inclusive();
        ChangeCursor next = ChangeCursor.from(resume, inclusive, cursor.seenWith(delivered(found), resume));
        return page(found, cursor, next, false);
    }

    private LeadPage page(List<HubSpotObject> found, ChangeCursor cursor, ChangeCursor next, boolean hasMore) {
        List<SourceLead> leads = new ArrayList<>();
        for (HubSpotObject contact : found) {
            if (!cursor.wasDelivered(id(contact), modified(contact))) {
                leads.add(read(contact));
            }
        }
        return new LeadPage(leads, next.encode(), hasMore);
    }

    @Override
    public LeadPage all(Optional<Cursor> after, Optional<Instant> modifiedSince, int pageSize) {
        if (modifiedSince.isPresent()) {
            ChangeCursor cursor = after.map(ChangeCursor::decodeOrFail)
                    .orElseGet(() -> ChangeCursor.from(modifiedSince.get(), true, Map.of()));
            return changedFrom(cursor, limit(pageSize));
        }
        Optional<String> listAfter = after.map(Cursor::value).filter(v -> v.startsWith(LIST_PREFIX))
                .map(v -> v.substring(LIST_PREFIX.length()));
        ObjectPage page = client.listContacts(mapping.readProperties(), Math.min(pageSize, HubSpotClient.BATCH_LIMIT), listAfter);
        List<SourceLead> leads = page.results().stream().map(this::read).toList();
        // on the last page the cursor stays at its start: resuming a finished backfill reads that page once more
        Cursor resume = new Cursor(LIST_PREFIX + page.after().or(() -> listAfter).orElse(""));
        return new LeadPage(leads, resume, page.after().isPresent());
    }

    @Override
    public LeadPage dueForRescore(Instant now, Optional<Cursor> after, int pageSize) {
        long afterId = after.map(HubSpotLeadSource::sweepPosition).orElse(0L);
        int limit = limit(pageSize);
        // by id, not by offset: rescored contacts leave the filter while the sweep runs
        List<HubSpotObject> found = search(List.of(List.of(SearchFilter.lte(nextRescoreProperty, millis(now)),
                SearchFilter.gt(ContactMapping.OBJECT_ID, Long.toString(afterId)))), ContactMapping.OBJECT_ID, limit);
        long last = found.isEmpty() ? afterId : id(found.getLast());
        return new LeadPage(found.stream().map(this::read).toList(), new Cursor(SWEEP_PREFIX + last), found.size() == limit);
    }

    private static long sweepPosition(Cursor cursor) {
        try {
            if (cursor.value().startsWith(SWEEP_PREFIX)) {
                return Long.parseLong(cursor.value().substring(SWEEP_PREFIX.length()));
            }
        } catch (NumberFormatException e) {
            // reported below, like any cursor this adapter did not write
        }
        throw new PermanentCrmException("hubspot: the stored cursor was not written by this adapter's decay sweep");
    }

    @Override
    public Optional<SourceLead> get(LeadId id) {
        if (!id.value().chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return client.getContact(id.value(), mapping.readProperties()).map(this::read);
    }

    private List<HubSpotObject> search(List<List<SearchFilter>> groups, String sortBy, int limit) {
        return client.search("contacts", new SearchQuery(groups, sortBy, mapping.readProperties(), limit, "0")).results();
    }

    private SourceLead read(HubSpotObject contact) {
        recent.remember(contact);
        return mapping.read(contact);
    }

    private Instant floor() {
        return clock.instant().minus(lookback);
    }

    private static Map<Long, Instant> delivered(List<HubSpotObject> contacts) {
        Map<Long, Instant> out = new LinkedHashMap<>();
        contacts.forEach(c -> out.put(id(c), modified(c)));
        return out;
    }

    private static int limit(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1 but was " + pageSize);
        }
        return Math.min(pageSize, SearchQuery.MAX_LIMIT);
    }

    private static long id(HubSpotObject contact) {
        return Long.parseLong(contact.id());
    }

    private static Instant modified(HubSpotObject contact) {
        return contact.property(ContactMapping.LAST_MODIFIED).flatMap(ContactMapping::instant).orElse(Instant.EPOCH);
    }

    private static String millis(Instant at) {
        return Long.toString(at.toEpochMilli());
    }
}
