-- Engagement an adapter reads in bulk (HubSpot's form submissions, read per form), kept between runs so that
-- a run reads only what is new and holds in memory only the page it scores. key_hash is a SHA-256 prefix of
-- the person's key in the source (an email address): the key itself is never stored. event_hash makes filing
-- the same event twice harmless. attrs is the event's attributes as a JSON object of texts, emails masked.
CREATE TABLE engagement_archive (
    instance       TEXT   NOT NULL,
    source         TEXT   NOT NULL,
    key_hash       TEXT   NOT NULL,
    event_hash     TEXT   NOT NULL,
    at_ms          BIGINT NOT NULL,
    event_type     TEXT   NOT NULL,
    attrs          TEXT   NOT NULL,
    PRIMARY KEY (instance, source, key_hash, event_hash)
);
CREATE INDEX engagement_archive_age ON engagement_archive (instance, source, at_ms);

-- Up to when each partition (a form) was read completely: set only at the end of a walk, so a walk cut short
-- is read again rather than skipped.
CREATE TABLE engagement_marks (
    instance       TEXT   NOT NULL,
    source         TEXT   NOT NULL,
    partition_key  TEXT   NOT NULL,
    read_up_to_ms  BIGINT NOT NULL,
    PRIMARY KEY (instance, source, partition_key)
);
