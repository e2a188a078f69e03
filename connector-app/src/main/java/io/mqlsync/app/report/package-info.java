/**
 * The KPI report command and the generic, self-contained HTML page it (and {@code simulate}) renders:
 * sections of figures, Chart.js charts, tables and notes, written offline with the library inlined.
 */
package io.mqlsync.app.report;
