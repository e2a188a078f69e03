package io.mqlsync.core.lifecycle;

/** Which of a lead's properties mqlsync may write after a decision. */
public enum WriteScope {
    /** Status, history, scores, CRM lifecycle values, owner and task as the decision needs. */
    EVERYTHING,
    /** Only the score properties: the lead is at SQL or beyond (DESIGN section 7). */
    SCORES_ONLY,
    /** Nothing: the CRM converted the record (Salesforce {@code IsConverted}). */
    NOTHING
}
