package io.mqlsync.core.state;

import io.mqlsync.core.spi.Cursor;
import java.util.Objects;

/**
 * Where a read stream stands after a page: what a {@link PageCommit} saves as the stream's checkpoint.
 *
 * @param stream      the read stream the page came from
 * @param resumeAt    where the stream's next read starts
 * @param recordsDone records processed in the stream so far, this page included; never negative
 */
public record StreamPosition(ReadStream stream, Cursor resumeAt, long recordsDone) {
    public StreamPosition {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(resumeAt, "resumeAt");
        if (recordsDone < 0) {
            throw new IllegalArgumentException("recordsDone must not be negative");
        }
    }
}
