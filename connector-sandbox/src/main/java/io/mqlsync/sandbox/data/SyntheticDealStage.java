package io.mqlsync.sandbox.data;

/** Where a generated deal stands, CRM-neutral: each fake maps it to its CRM's fields. */
public enum SyntheticDealStage {
    OPEN,
    WON,
    LOST
}
