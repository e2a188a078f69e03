package io.mqlsync.core.model;

/** The `mql_status` lifecycle a lead moves through (DESIGN section 7). */
public enum MqlStatus {
    NONE,
    MQL,
    SAL,
    SQL,
    RECYCLED,
    DISQUALIFIED
}
