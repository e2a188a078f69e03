package io.mqlsync.core.planning;

import static io.mqlsync.core.model.CanonicalField.ANNUAL_REVENUE;
import static io.mqlsync.core.model.CanonicalField.COMPANY;
import static io.mqlsync.core.model.CanonicalField.EMPLOYEES;
import static io.mqlsync.core.model.CanonicalField.FIRST_NAME;
import static io.mqlsync.core.model.CanonicalField.INDUSTRY;
import static io.mqlsync.core.model.CanonicalField.JOB_TITLE;
import static io.mqlsync.core.model.CanonicalField.LANDING_PAGE;
import static io.mqlsync.core.model.CanonicalField.LAST_NAME;
import static io.mqlsync.core.model.CanonicalField.LEAD_SOURCE;
import static io.mqlsync.core.model.CanonicalField.ORIGINAL_SOURCE;
import static io.mqlsync.core.model.CanonicalField.UTM_CAMPAIGN;
import static io.mqlsync.core.model.CanonicalField.UTM_CONTENT;
import static io.mqlsync.core.model.CanonicalField.UTM_MEDIUM;
import static io.mqlsync.core.model.CanonicalField.UTM_SOURCE;
import static io.mqlsync.core.model.CanonicalField.UTM_TERM;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The body of a handoff task (DESIGN section 7): who the lead is, why it qualified, where it came from,
 * what it engaged with and the SLA, as plain text that reads well in both CRMs' task views.
 *
 * @param fields the lead's canonical fields
 * @param card   the card that qualified the lead
 * @param events the lead's events, for the first and latest touch
 * @param due    when the task is due
 * @param sla    the SLA in words, e.g. {@code 4 business hours}
 * @param zone   the zone times are shown in (the business-hours zone, else UTC)
 */
public record HandoffPacket(Fields fields, ScoreCard card, List<Event> events, Instant due, String sla, ZoneId zone) {
    /** Both CRMs take far longer bodies; this keeps a task readable and inside Salesforce's 32k. */
    public static final int MAX_LENGTH = 32_000;
    private static final int TOP_CONTRIBUTIONS = 5;
    private static final List<String> TOUCH_ATTRIBUTES = List.of("url", "form", "asset", "campaign");

    public HandoffPacket {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(card, "card");
        events = List.copyOf(events);
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(zone, "zone");
    }

    /** The packet as the task body, at most {@link #MAX_LENGTH} characters. */
    public String text() {
        List<String> lines = new ArrayList<>();
        section(lines, "WHO", who());
        section(lines, "WHY", why());
        section(lines, "WHERE FROM", whereFrom());
        section(lines, "WHAT THEY ENGAGED WITH (newest first)", engagement());
        section(lines, "SLA", List.of("Follow up within " + sla + ": due " + time(due) + "."));
        String text = String.join("\n", lines).strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    private List<String> who() {
        List<String> lines = new ArrayList<>();
        String name = Stream.of(FIRST_NAME, LAST_NAME).map(fields::text).flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        labelled(lines, "Name", name.isEmpty() ? Optional.empty() : Optional.of(name));
        labelled(lines, "Title", fields.text(JOB_TITLE));
        labelled(lines, "Company", fields.text(COMPANY));
        labelled(lines, "Size", fields.text(EMPLOYEES).map(n -> n + " employees"));
        labelled(lines, "Annual revenue", fields.text(ANNUAL_REVENUE));
        labelled(lines, "Industry", fields.text(INDUSTRY));
        return lines;
    }

    private List<String> why() {
        List<String> lines = new ArrayList<>();
        lines.add("Score " + Written.integer(card.score()) + " (fit " + Written.integer(card.fit()) + ", intent "
                + Written.integer(card.intent()) + "), quadrant " + card.quadrant() + ", model " + card.model());
        card.contributions().stream()
                .filter(c -> c.points() != 0)
                .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.points())))
                .limit(TOP_CONTRIBUTIONS)
                .forEach(c -> lines.add("- " + c.title() + ": " + points(c.points()) + " (" + c.evidence() + ")"));
        return lines;
    }

    private List<String> whereFrom() {
        List<String> lines = new ArrayList<>();
        labelled(lines, "Original source", fields.text(ORIGINAL_SOURCE));
        labelled(lines, "Lead source", fields.text(LEAD_SOURCE));
        labelled(lines, "UTM source", fields.text(UTM_SOURCE));
        labelled(lines, "UTM medium", fields.text(UTM_MEDIUM));
        labelled(lines, "UTM campaign", fields.text(UTM_CAMPAIGN));
        labelled(lines, "UTM term", fields.text(UTM_TERM));
        labelled(lines, "UTM content", fields.text(UTM_CONTENT));
        labelled(lines, "Landing page", fields.text(LANDING_PAGE));
        labelled(lines, "First touch", events.stream().min(Comparator.comparing(Event::at)).map(this::touch));
        labelled(lines, "Latest touch", events.stream().max(Comparator.comparing(Event::at)).map(this::touch));
        return lines;
    }

    private List<String> engagement() {
        return card.contributions().stream()
                .filter(c -> c.kind() == RuleKind.INTENT && c.points() > 0 && c.newestEvidence().isPresent())
                .sorted(Comparator.comparing((Contribution c) -> c.newestEvidence().orElseThrow()).reversed())
                .map(c -> "- " + time(c.newestEvidence().orElseThrow()) + "  " + c.title() + ": " + c.evidence())
                .toList();
    }

    private String touch(Event event) {
        String about = TOUCH_ATTRIBUTES.stream().map(event.attrs()::text).flatMap(Optional::stream).findFirst()
                .map(text -> " " + text).orElse("");
        return time(event.at()) + ", " + event.type() + about;
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ENGLISH).format(instant.atZone(zone));
    }

    private static String points(double points) {
        return (points > 0 ? "+" : "") + Written.decimal(points);
    }

    private static void section(List<String> lines, String title, List<String> content) {
        if (!content.isEmpty()) {
            lines.add(title);
            lines.addAll(content);
            lines.add("");
        }
    }

    private static void labelled(List<String> lines, String label, Optional<String> value) {
        value.ifPresent(v -> lines.add(label + ": " + v));
    }
}
