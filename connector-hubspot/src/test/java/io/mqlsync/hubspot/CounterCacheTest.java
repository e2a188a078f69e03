package io.mqlsync.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterCacheTest {
    private static final Event VIEW = Event.of(EventType.PAGE_VIEWED, Instant.parse("2026-11-20T12:00:00Z"));

    @Test
    void eventsAreServedOnlyAtTheCountersTheyWereReadAt() {
        CounterCache cache = new CounterCache(10);
        cache.put("1", "3", List.of(VIEW, VIEW, VIEW));

        assertThat(cache.get("1", "3")).contains(List.of(VIEW, VIEW, VIEW));
        assertThat(cache.get("1", "4")).isEmpty();
        assertThat(cache.get("2", "3")).isEmpty();
    }

    @Test
    void theBoundCountsEventsAndEvictsTheLeastRecentlyUsedContactsFirst() {
        CounterCache cache = new CounterCache(10);
        cache.put("old", "4", views(4));
        cache.put("used", "4", views(4));
        cache.get("old", "4");

        cache.put("new", "4", views(4));

        assertThat(cache.get("used", "4")).isEmpty();
        assertThat(cache.get("old", "4")).isPresent();
        assertThat(cache.get("new", "4")).isPresent();
        assertThat(cache.heldEvents()).isEqualTo(8);
    }

    @Test
    void rereadingAContactReplacesItsEventsInTheCount() {
        CounterCache cache = new CounterCache(10);
        cache.put("1", "4", views(4));
        cache.put("1", "6", views(6));

        assertThat(cache.heldEvents()).isEqualTo(6);
        assertThat(cache.contacts()).isEqualTo(1);
    }

    @Test
    void aContactWithMoreEventsThanTheBoundIsNotKept() {
        CounterCache cache = new CounterCache(10);
        cache.put("small", "1", views(1));

        cache.put("huge", "11", views(11));

        assertThat(cache.heldEvents()).isZero();
        assertThat(cache.get("huge", "11")).isEmpty();
    }

    private static List<Event> views(int n) {
        return Collections.nCopies(n, VIEW);
    }

    @Test
    void contactsReadWithNothingStillCountTowardTheBound() {
        CounterCache cache = new CounterCache(3);
        for (int contact = 0; contact < 10; contact++) {
            cache.put(Integer.toString(contact), "1", List.of());
        }

        assertThat(cache.contacts()).isEqualTo(3);
        assertThat(cache.get("9", "1")).contains(List.of());
        assertThat(cache.get("0", "1")).isEmpty();
    }
}
