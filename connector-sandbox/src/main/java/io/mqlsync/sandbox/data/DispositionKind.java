package io.mqlsync.sandbox.data;

/** What sales does with a lead handed to them. */
public enum DispositionKind {
    ACCEPTED,
    REJECTED,
    NO_RESPONSE
}
