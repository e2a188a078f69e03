package io.mqlsync.core.lifecycle;

/** What happens to the {@code mql_rejection_reason} input sales set. */
public enum RejectionInput {
    /** Leave it: there is none, it is not handled yet, or its code is unknown (reported, handled once valid). */
    KEEP,
    /** Clear it: the reason was handled. */
    CLEAR
}
