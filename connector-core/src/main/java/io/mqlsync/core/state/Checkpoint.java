package io.mqlsync.core.state;

import io.mqlsync.core.spi.Cursor;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a read stream stands: the cursor the next read starts after.
 *
 * @param stream      the read stream
 * @param cursor      the adapter's opaque cursor, returned unchanged
 * @param recordsDone records processed in this stream so far (a backfill's progress); never negative
 * @param savedAt     when it was saved
 */
public record Checkpoint(ReadStream stream, Cursor cursor, long recordsDone, Instant savedAt) {
    public Checkpoint {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(savedAt, "savedAt");
        if (recordsDone < 0) {
            throw new IllegalArgumentException("recordsDone must not be negative");
        }
    }
}
