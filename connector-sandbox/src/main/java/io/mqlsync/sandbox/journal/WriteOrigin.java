package io.mqlsync.sandbox.journal;

/** Who wrote a record in the sandbox. */
public enum WriteOrigin {
    /** A client through the vendor API: what the connector did. */
    API,
    /** A simulated sales rep through the admin API. */
    SALES_REP
}
