package io.mqlsync.core.spi;

/**
 * What a call to the CRM does, as far as limits and metrics care. The call policy counts calls by kind
 * and may give one kind its own, stricter limit (HubSpot's search endpoints allow about 5 requests/s on
 * top of the portal's window).
 */
public enum CallKind {
    /** Reads records, engagement or owners by id, list or query. */
    READ,
    /** A filtered search the CRM limits separately from other reads. */
    SEARCH,
    /** Creates or updates records or tasks. */
    WRITE,
    /** Reads or changes the CRM's schema: properties, fields, describe calls. */
    SCHEMA
}
