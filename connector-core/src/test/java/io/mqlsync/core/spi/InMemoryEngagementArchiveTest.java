package io.mqlsync.core.spi;

/** The archive's contract in memory. */
class InMemoryEngagementArchiveTest implements EngagementArchiveContract {
    @Override
    public EngagementArchive archive() {
        return EngagementArchive.inMemory();
    }
}
