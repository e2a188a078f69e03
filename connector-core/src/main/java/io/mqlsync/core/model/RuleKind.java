package io.mqlsync.core.model;

/** Which half of the score a rule feeds. */
public enum RuleKind {
    /** Who the lead is; does not decay. */
    FIT,
    /** What the lead did; decays with the age of each event. */
    INTENT
}
