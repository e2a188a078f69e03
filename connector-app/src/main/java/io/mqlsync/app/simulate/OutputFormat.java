package io.mqlsync.app.simulate;

/** How simulate writes its result to standard output. */
public enum OutputFormat {
    /** For a person at a terminal. */
    text,
    /** One JSON document, for machines. */
    json
}
