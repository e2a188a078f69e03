package io.mqlsync.core.model;

/** Where a deal (HubSpot) or opportunity (Salesforce) attached to a lead stands. */
public enum DealStage {
    /** Open: the lead reached the opportunity stage. */
    OPEN,
    /** Closed and won: the lead became a customer; its amount is revenue from the lead. */
    WON,
    /** Closed and lost. */
    LOST
}
