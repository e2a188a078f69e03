package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.Cursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadCursorTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void aCursorSurvivesTheEnginesStoreUnchanged() {
        ReadCursor cursor = new ReadCursor(ReadCursor.Order.MODSTAMP, Optional.of(AT), Optional.of("00Q000000000001AAA"),
                Optional.of("01gAB0000000001-400"), ReadCursor.Phase.CONTINUE,
                List.of(new ReadCursor.Seen("00Q000000000001AAA", AT)));

        assertThat(ReadCursor.decode(new Cursor(cursor.encode().value()), ReadCursor.Order.MODSTAMP)).isEqualTo(cursor);
    }

    @Test
    void itRemembersOnlyTheNewestSeenRecords() {
        List<ReadCursor.Seen> seen = new ArrayList<>();
        for (int i = 0; i < ReadCursor.MAX_SEEN + 50; i++) {
            seen.add(new ReadCursor.Seen(String.format("00Q%015d", i), AT));
        }
        ReadCursor cursor = new ReadCursor(ReadCursor.Order.MODSTAMP, Optional.of(AT), Optional.empty(), Optional.empty(),
                ReadCursor.Phase.NEXT_RUN, seen);

        assertThat(cursor.seen()).hasSize(ReadCursor.MAX_SEEN).first().isEqualTo(seen.get(50));
    }

    @Test
    void aCursorOfAnotherReadOrAnotherAdapterIsRefused() {
        Cursor backfill = ReadCursor.start(ReadCursor.Order.ID).encode();

        assertThatThrownBy(() -> ReadCursor.decode(backfill, ReadCursor.Order.MODSTAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot continue");
        assertThatThrownBy(() -> ReadCursor.decode(new Cursor("hs:after=42"), ReadCursor.Order.ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a Salesforce read cursor");
        assertThatThrownBy(() -> ReadCursor.decode(new Cursor("sf1|ID||x' OR Id != '|||"), ReadCursor.Order.ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Salesforce id");
    }
}
