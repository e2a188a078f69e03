package io.mqlsync.core.state;

import io.mqlsync.core.spi.Cursor;
import java.util.Optional;

/**
 * The checkpoint of each read stream of one instance. A page's checkpoint is normally saved with the
 * page's records through {@link StateStore#commitPage(PageCommit)}; these methods serve the rest
 * (starting over, ending a backfill). Thread-safe.
 */
public interface Checkpoints {
    /** @return the stream's checkpoint; empty when the stream never saved one or was cleared */
    Optional<Checkpoint> find(ReadStream stream);

    /** Saves the stream's checkpoint on its own, replacing the previous one. */
    void save(ReadStream stream, Cursor cursor, long recordsDone);

    /** Forgets the stream's checkpoint: its next read starts from the beginning. No-op when there is none. */
    void clear(ReadStream stream);
}
