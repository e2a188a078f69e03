package io.mqlsync.salesforce;

import io.mqlsync.core.config.Suggestions;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.salesforce.mapping.EngagementObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code salesforce.engagement}, the org's own objects read as events, reporting every problem of every
 * entry through the block. Names must be plain SOQL identifiers: they are put into statements as they are.
 */
final class EngagementSettings {
    static final String KEY = "engagement";
    /** An API name: a letter, then letters, digits and underscores ({@code Trial__c}, {@code pi__Visit__c}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}");
    /** A field, or a path across lookups such as {@code Product__r.Name}. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,79}(\\.[A-Za-z][A-Za-z0-9_]{0,79}){0,4}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** Together these keep an entry's statement short enough for 80,000 characters of ids (SOQL's limit is 100,000). */
    static final int MAX_WHERE_CHARS = 10_000;
    static final int MAX_ATTRIBUTES = 20;
    /** The schema check's words for the same problem, so the two lines collapse into one. */
    private static final String REQUIRED = "required but missing";

    private EngagementSettings() {
    }

    /** @return the entries in file order; empty when there is a problem (every one reported) */
    static Optional<List<EngagementObject>> read(ConfigBlock salesforce) {
        List<EngagementObject> entries = new ArrayList<>();
        boolean ok = true;
        for (ConfigBlock block : salesforce.blocks(KEY)) {
            Optional<EngagementObject> entry = entry(block);
            if (entry.isPresent() && entries.stream().anyMatch(e -> same(e, entry.get()))) {
                block.problem("object", "repeats an earlier entry (same object, event and where): each row would count twice");
                ok = false;
            }
            entry.ifPresent(entries::add);
            ok &= entry.isPresent();
        }
        return ok ? Optional.of(List.copyOf(entries)) : Optional.empty();
    }

    private static Optional<EngagementObject> entry(ConfigBlock block) {
        Optional<String> object = name(block, "object", NAME, "an object's API name, e.g. Trial__c");
        Optional<String> leadField = name(block, "leadField", NAME, "a lookup field's API name, e.g. Lead__c");
        Optional<String> timeField = name(block, "timeField", NAME, "a date or date-time field's API name");
        Optional<EventType> event = event(block);
        Optional<String> where = block.text("where").map(String::strip);
        boolean ok = where.map(w -> checkWhere(block, w)).orElse(true);
        Optional<Map<String, String>> attributes = attributes(block);
        if (!ok || object.isEmpty() || leadField.isEmpty() || timeField.isEmpty() || event.isEmpty()
                || attributes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EngagementObject(object.get(), leadField.get(), timeField.get(), event.get(), where,
                attributes.get()));
    }

    private static Optional<String> name(ConfigBlock block, String key, Pattern pattern, String what) {
        Optional<String> text = block.text(key).map(String::strip);
        if (text.isEmpty()) {
            if (!block.has(key)) {
                block.problem(key, REQUIRED); // a value of the wrong type is the schema's to report
            }
        } else if (text.get().isEmpty()) {
            block.problem(key, "must not be empty");
            return Optional.empty();
        } else if (!pattern.matcher(text.get()).matches()) {
            block.problem(key, "\"" + text.get() + "\" is not " + what + " (letters, digits and underscores)");
            return Optional.empty();
        }
        return text;
    }

    private static Optional<EventType> event(ConfigBlock block) {
        Optional<String> text = block.text("event").map(String::strip);
        if (text.isEmpty()) {
            if (!block.has("event")) {
                block.problem("event", REQUIRED);
            }
            return Optional.empty();
        }
        if (text.get().isEmpty()) {
            block.problem("event", "must not be empty");
            return Optional.empty();
        }
        Optional<EventType> type = EventType.byName(text.get());
        if (type.isEmpty()) {
            List<String> names = Arrays.stream(EventType.values()).map(Enum::name).toList();
            block.problem("event", "unknown event type \"" + text.get() + "\" " + Suggestions.closest(text.get(), names)
                    .map(s -> "(did you mean " + s + "?)").orElse("(expected one of " + String.join(", ", names) + ")"));
        }
        return type;
    }

    private static Optional<Map<String, String>> attributes(ConfigBlock block) {
        Optional<ConfigBlock> attributes = block.block("attributes");
        if (attributes.isEmpty()) {
            return Optional.of(Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        boolean ok = true;
        if (attributes.get().keys().size() > MAX_ATTRIBUTES) {
            block.problem("attributes", "has more than " + MAX_ATTRIBUTES + " attributes");
            ok = false;
        }
        for (String name : attributes.get().keys()) {
            Optional<String> field = attributes.get().text(name).map(String::strip);
            if (!ATTRIBUTE.matcher(name).matches()) {
                attributes.get().problem(name, "is not an attribute name (a letter, then letters, digits and underscores)");
                ok = false;
            } else if (field.isEmpty() || !PATH.matcher(field.get()).matches()) {
                attributes.get().problem(name, "must name a field, e.g. Product_Name__c or Product__r.Name");
                ok = false;
            } else {
                fields.put(name, field.get());
            }
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    /**
     * The fragment stands in parentheses in the statement; an unclosed quote or parenthesis would reach out of
     * them (or break the statement), so it is refused here rather than by Salesforce on every run.
     */
    private static boolean checkWhere(ConfigBlock block, String where) {
        if (where.isEmpty()) {
            block.problem("where", "must not be empty (leave it out to read every row)");
            return false;
        }
        if (where.length() > MAX_WHERE_CHARS) {
            block.problem("where", "is longer than " + MAX_WHERE_CHARS + " characters");
            return false;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < where.length(); i++) {
            char c = where.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    break;
                }
            }
        }
        if (quoted || depth != 0) {
            block.problem("where", quoted ? "has an unclosed quote" : "has unbalanced parentheses");
            return false;
        }
        return true;
    }

    private static boolean same(EngagementObject a, EngagementObject b) {
        return a.object().equalsIgnoreCase(b.object()) && a.event() == b.event()
                && normalised(a.where()).equals(normalised(b.where()));
    }

    private static String normalised(Optional<String> where) {
        return where.map(w -> w.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).orElse("");
    }
}
