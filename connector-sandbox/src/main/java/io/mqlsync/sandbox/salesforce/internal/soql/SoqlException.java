package io.mqlsync.sandbox.salesforce.internal.soql;

/**
 * A query Salesforce would refuse, with the exception code and position of its fault.
 */
public final class SoqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which fault Salesforce answers a bad query with. */
    public enum Kind {
        /** Syntax: {@code MALFORMED_QUERY}, a {@code MalformedQueryFault}. */
        MALFORMED_QUERY,
        /** Unknown field or wrongly typed value: {@code INVALID_FIELD}, an {@code InvalidFieldFault}. */
        INVALID_FIELD,
        /** Unknown object: {@code INVALID_TYPE}, an {@code InvalidSObjectFault}. */
        INVALID_TYPE,
        /** A malformed id in a filter: {@code INVALID_QUERY_FILTER_OPERATOR}. */
        INVALID_QUERY_FILTER_OPERATOR
    }

    private final Kind kind;
    private final int column;

    /**
     * @param kind the fault kind
     * @param message Salesforce's message, without the query echo
     * @param column 1-based column of the offending token
     */
    public SoqlException(Kind kind, String message, int column) {
        super(message);
        this.kind = kind;
        this.column = column;
    }

    /** @return the fault kind */
    public Kind kind() {
        return kind;
    }

    /** @return 1-based column of the offending token; queries are one row */
    public int column() {
        return column;
    }
}
