package io.mqlsync.app.report;

/** A piece of a {@link Section}: key figures, a chart, a table or a note. */
public sealed interface Block permits Figures, Chart, Table, Note {
}
