package io.mqlsync.core.planning;

/**
 * The properties mqlsync writes (DESIGN section 6), named {@code prefix + suffix}. Adapters map the
 * names to their CRM's (Salesforce: {@code MQL_Fit_Score__c}).
 */
public enum WrittenProperty {
    FIT_SCORE("fit_score", Kind.SCORE),
    INTENT_SCORE("intent_score", Kind.SCORE),
    SCORE("score", Kind.SCORE),
    QUADRANT("quadrant", Kind.SCORE),
    REASONS("reasons", Kind.SCORE),
    MODEL("model", Kind.SCORE),
    NEXT_RESCORE_AT("next_rescore_at", Kind.SCORE),
    STATUS("status", Kind.LIFECYCLE),
    QUALIFIED_AT("qualified_at", Kind.LIFECYCLE),
    RECYCLED_AT("recycled_at", Kind.LIFECYCLE),
    RECYCLE_COUNT("recycle_count", Kind.LIFECYCLE),
    LAST_REJECTION_REASON("last_rejection_reason", Kind.LIFECYCLE),
    /** The sales input; mqlsync only ever clears it. */
    REJECTION_REASON("rejection_reason", Kind.LIFECYCLE);

    private final String suffix;
    private final Kind kind;

    WrittenProperty(String suffix, Kind kind) {
        this.suffix = suffix;
        this.kind = kind;
    }

    public String suffix() {
        return suffix;
    }

    /** Whether this is a score property, still written at SQL and beyond. */
    public boolean isScore() {
        return kind == Kind.SCORE;
    }

    private enum Kind {
        SCORE,
        LIFECYCLE
    }
}
