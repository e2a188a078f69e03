package io.mqlsync.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.spi.EngagementArchive.KeyedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link EngagementArchive} must do: in memory, and in the state database on SQLite and PostgreSQL. */
public interface EngagementArchiveContract {
    Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    String FORMS = "hubspot.forms";

    /** An empty archive. */
    EngagementArchive archive();

    private static KeyedEvent submitted(String key, Instant at, String form) {
        return new KeyedEvent(key, new Event(EventType.FORM_SUBMITTED, at, Fields.of(Map.of("form", form, "url", "https://x.io/" + form))));
    }

    @Test
    default void eachKeyGetsItsOwnEventsSinceTheGivenTimeOldestFirst() {
        EngagementArchive archive = archive();
        archive.file(FORMS, List.of(submitted("a@x.io", T0.minus(Duration.ofDays(2)), "demo"),
                submitted("a@x.io", T0.minus(Duration.ofDays(40)), "ebook"), submitted("b@x.io", T0, "contact"),
                submitted("a@x.io", T0.minus(Duration.ofDays(9)), "pricing")));

        Map<String, List<Event>> found = archive.eventsOf(FORMS, List.of("a@x.io", "b@x.io", "c@x.io"), T0.minus(Duration.ofDays(30)));

        assertThat(found).containsOnlyKeys("a@x.io", "b@x.io");
        assertThat(found.get("a@x.io")).extracting(e -> e.attrs().text("form").orElseThrow()).containsExactly("pricing", "demo");
        assertThat(found.get("b@x.io")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.FORM_SUBMITTED);
            assertThat(e.at()).isEqualTo(T0);
            assertThat(e.attrs()).isEqualTo(Fields.of(Map.of("form", "contact", "url", "https://x.io/contact")));
        });
    }

    @Test
    default void theSameEventFiledTwiceIsKeptOnce() {
        EngagementArchive archive = archive();
        archive.file(FORMS, List.of(submitted("a@x.io", T0, "demo")));
        archive.file(FORMS, List.of(submitted("a@x.io", T0, "demo"), submitted("a@x.io", T0, "webinar")));

        assertThat(archive.eventsOf(FORMS, List.of("a@x.io"), T0).get("a@x.io")).hasSize(2);
    }

    @Test
    default void theSameAttributesInAnotherOrderAreTheSameEvent() {
        EngagementArchive archive = archive();
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("form", "demo");
        ordered.put("utm_source", "twitter");
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("utm_source", "twitter");
        reversed.put("form", "demo");
        archive.file(FORMS, List.of(new KeyedEvent("a@x.io", new Event(EventType.FORM_SUBMITTED, T0, Fields.of(ordered)))));
        archive.file(FORMS, List.of(new KeyedEvent("a@x.io", new Event(EventType.FORM_SUBMITTED, T0, Fields.of(reversed)))));

        assertThat(archive.eventsOf(FORMS, List.of("a@x.io"), T0).get("a@x.io")).hasSize(1);
    }

    @Test
    default void sourcesAreKeptApart() {
        EngagementArchive archive = archive();
        archive.file(FORMS, List.of(submitted("a@x.io", T0, "demo")));
        archive.file("other.source", List.of(submitted("a@x.io", T0, "elsewhere")));

        assertThat(archive.eventsOf(FORMS, List.of("a@x.io"), T0).get("a@x.io"))
                .extracting(e -> e.attrs().text("form").orElseThrow()).containsExactly("demo");
    }

    @Test
    default void forgettingDropsOnlyTheSourcesOlderEvents() {
        EngagementArchive archive = archive();
        archive.file(FORMS, List.of(submitted("a@x.io", T0.minus(Duration.ofDays(400)), "old"), submitted("a@x.io", T0, "new")));
        archive.file("other.source", List.of(submitted("a@x.io", T0.minus(Duration.ofDays(400)), "kept")));

        archive.forgetBefore(FORMS, T0.minus(Duration.ofDays(365)));

        Instant ever = Instant.EPOCH;
        assertThat(archive.eventsOf(FORMS, List.of("a@x.io"), ever).get("a@x.io"))
                .extracting(e -> e.attrs().text("form").orElseThrow()).containsExactly("new");
        assertThat(archive.eventsOf("other.source", List.of("a@x.io"), ever)).containsKey("a@x.io");
    }

    @Test
    default void aPartitionsMarkStartsEmptyAndNeverMovesBack() {
        EngagementArchive archive = archive();
        assertThat(archive.readUpTo(FORMS, "form-1")).isEmpty();

        archive.markReadUpTo(FORMS, "form-1", T0);
        archive.markReadUpTo(FORMS, "form-1", T0.minusSeconds(60));
        archive.markReadUpTo(FORMS, "form-2", T0.minusSeconds(5));

        assertThat(archive.readUpTo(FORMS, "form-1")).contains(T0);
        assertThat(archive.readUpTo(FORMS, "form-2")).contains(T0.minusSeconds(5));
        assertThat(archive.readUpTo("other.source", "form-1")).isEmpty();
    }

    @Test
    default void aLookupOfManyKeysFindsThemAll() {
        EngagementArchive archive = archive();
        List<String> keys = IntStream.range(0, 450).mapToObj(i -> "lead" + i + "@x.io").toList();
        archive.file(FORMS, keys.stream().map(k -> submitted(k, T0, "demo")).toList());

        assertThat(archive.eventsOf(FORMS, keys, T0)).hasSize(450);
    }
}
