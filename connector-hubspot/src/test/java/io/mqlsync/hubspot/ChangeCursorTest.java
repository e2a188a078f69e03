package io.mqlsync.hubspot;

import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.PermanentCrmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeCursorTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00.123Z");

    @Test
    void aCursorSurvivesItsEncoding() {
        ChangeCursor tie = ChangeCursor.tie(AT, 4711, Map.of(1L, 10L, 2L, 20L));
        ChangeCursor from = ChangeCursor.from(AT, false, Map.of());

        assertThat(ChangeCursor.decode(tie.encode())).contains(tie);
        assertThat(ChangeCursor.decode(from.encode())).contains(from);
    }

    @ParameterizedTest(name = "\"{0}\" is not a change cursor")
    @ValueSource(strings = {"", "list:abc", "due:12", "hs1;FROM;x;i;0;", "hs1;SIDEWAYS;1;i;0;", "hs1;FROM;1;i;0;7@", "hs2;FROM;1;i;0;"})
    void aForeignCursorIsRefused(String value) {
        assertThat(ChangeCursor.decode(new Cursor(value))).isEmpty();
        assertThatThrownBy(() -> ChangeCursor.decodeOrFail(new Cursor(value))).isInstanceOf(PermanentCrmException.class);
    }

    @Test
    void deliveredContactsAreRememberedOnlyAfterTheFloorAndAtMostAThousand() {
        Map<Long, Instant> delivered = new HashMap<>();
        for (long id = 1; id <= 1_500; id++) {
            delivered.put(id, AT.plusMillis(id));
        }
        Map<Long, Long> seen = ChangeCursor.start().seenWith(delivered, AT.plusMillis(100));

        assertThat(seen).hasSize(ChangeCursor.MAX_SEEN).doesNotContainKeys(1L, 100L, 500L).containsKeys(501L, 1_500L);
        ChangeCursor cursor = ChangeCursor.from(AT, false, seen);
        assertThat(cursor.wasDelivered(1_500, AT.plusMillis(1_500))).isTrue();
        assertThat(cursor.wasDelivered(1_500, AT.plusMillis(1_501))).as("changed again").isFalse();
        assertThat(cursor.wasDelivered(7, AT.plusMillis(7))).isFalse();
        assertThat(cursor.encode().value()).hasSizeLessThan(40_000);
    }
}
