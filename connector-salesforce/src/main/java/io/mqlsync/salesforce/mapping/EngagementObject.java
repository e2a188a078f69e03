package io.mqlsync.salesforce.mapping;

import com.sforce.ws.bind.XmlObject;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One entry of {@code salesforce.engagement}: an object of the org's own whose rows are events of the lead
 * (or contact) they point at, e.g. a {@code Trial__c} with a lookup to the Lead read as {@code TRIAL_STARTED}.
 *
 * @param object     the object's API name, e.g. {@code Trial__c}
 * @param leadField  the lookup on it to the configured object, e.g. {@code Lead__c}; {@code Id} when the object is
 *                   the configured one itself (a date field of the lead as an event)
 * @param timeField  the date or date-time field giving the event's time (a date counts as its start, UTC)
 * @param event      the canonical event each row becomes
 * @param where      an admin-written SOQL condition rows must meet; always parenthesised in the statement
 * @param attributes event attribute name to field (a path such as {@code Product__r.Name} may cross a lookup)
 */
public record EngagementObject(String object, String leadField, String timeField, EventType event, Optional<String> where,
                               Map<String, String> attributes) {
    public EngagementObject {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(leadField, "leadField");
        Objects.requireNonNull(timeField, "timeField");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(where, "where");
        attributes = Map.copyOf(attributes);
    }

    /**
     * The fields a query selects: the id (named in warnings), the lookup, the time, then each attribute's field;
     * each once, as SOQL refuses a field selected twice in any case.
     */
    public List<String> selectedFields() {
        List<String> fields = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Stream.concat(Stream.of("Id", leadField, timeField), attributes.values().stream().sorted())
                .filter(seen::add).forEach(fields::add);
        return List.copyOf(fields);
    }

    /**
     * The statement for one {@code IN} list of ids. Rows without a time are left out by the statement: they are
     * not events yet (a trial requested but not started). The {@code where} fragment stands in parentheses, so
     * its own {@code OR} cannot reach past it, and Salesforce refuses a mix of AND and OR without them.
     *
     * @param inList quoted ids as {@link Soql#inLists} gives them
     */
    public String query(String inList) {
        return "SELECT " + String.join(", ", selectedFields()) + " FROM " + object + " WHERE " + leadField + " IN ("
                + inList + ") AND " + timeField + " != null" + where.map(w -> " AND (" + w + ")").orElse("");
    }

    /** The lead (or contact) the row belongs to; empty when the lookup is empty. */
    public Optional<String> leadOf(XmlObject row) {
        return SObjectValues.text(row, leadField);
    }

    /** The row as an event; empty when its time is missing or not a date or date-time ({@link #timeProblem}). */
    public Optional<Event> toEvent(XmlObject row) {
        return time(row).map(at -> {
            Map<String, Object> attrs = new LinkedHashMap<>();
            attributes.forEach((name, field) -> SObjectValues.text(row, field).ifPresent(v -> attrs.put(name, v)));
            return new Event(event, at, Fields.of(attrs));
        });
    }

    /** Why {@link #toEvent} gave nothing, naming the field but never its value. */
    public String timeProblem(XmlObject row) {
        return SObjectValues.text(row, timeField).isPresent() ? timeField + " is neither a date nor a date-time"
                : timeField + " is empty";
    }

    private Optional<Instant> time(XmlObject row) {
        Optional<String> text = SObjectValues.text(row, timeField);
        return text.flatMap(SObjectValues::parseInstant).or(() -> text.flatMap(EngagementObject::startOfDate));
    }

    private static Optional<Instant> startOfDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
