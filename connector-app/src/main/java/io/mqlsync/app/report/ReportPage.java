package io.mqlsync.app.report;

import java.util.List;
import java.util.Objects;

/**
 * A whole page: a title, a few lines saying what it covers (instance, range, time zone), and its sections
 * in order. Rendered by {@link HtmlPage}; every string in it is plain text, escaped when rendered, so
 * CRM-provided values (campaign names, reason codes) can go in as they are.
 *
 * @param title    the page title, also the browser tab's
 * @param context  lines under the title, e.g. "Instance acme-hubspot, 2026-01-01 to 2026-11-23 (UTC)"
 * @param sections the sections, in order
 */
public record ReportPage(String title, List<String> context, List<Section> sections) {
    public ReportPage {
        Objects.requireNonNull(title, "title");
        context = List.copyOf(context);
        sections = List.copyOf(sections);
    }
}
