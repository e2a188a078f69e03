package io.mqlsync.core.model;

/** What a sales rejection reason code does to a lead (DESIGN section 7, {@code lifecycle.reasons}). */
public enum ReasonAction {
    /** Back to marketing: RECYCLED, may qualify again after the cooldown. */
    RECYCLE,
    /** Terminal: DISQUALIFIED, never qualified again. */
    DISQUALIFY
}
