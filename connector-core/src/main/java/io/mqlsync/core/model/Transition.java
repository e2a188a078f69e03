package io.mqlsync.core.model;

/**
 * A change of {@link MqlStatus} the lifecycle policy decided (DESIGN section 7). Each is recorded in the
 * transition history the KPI report and backtests read.
 */
public enum Transition {
    /** NONE or RECYCLED (or a lifted model disqualification) to MQL: the model qualifies the lead. */
    QUALIFIED,
    /** MQL to SAL: the configured acceptance signal appeared. */
    ACCEPTED,
    /** MQL or SAL to SQL: the configured SQL signal appeared, or the CRM converted the lead. */
    PROMOTED_SQL,
    /** MQL or SAL to RECYCLED: sales gave a reason code whose action is recycle. */
    RECYCLED,
    /** To DISQUALIFIED: by a sales reason code, by {@code maxRecycles}, or by the model ({@code model}). */
    DISQUALIFIED,
    /** MQL to RECYCLED with reason {@code sla_expired}: no disposition within {@code expireAfter}. */
    EXPIRED,
    /** DISQUALIFIED by the model back to NONE or RECYCLED: the lead's data no longer matches {@code disqualifyIf}. */
    REINSTATED
}
