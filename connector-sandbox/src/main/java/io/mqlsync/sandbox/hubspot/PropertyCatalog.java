package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties and property groups of one object type, and the checks HubSpot applies to a value
 * before it is written. Thread-safe.
 */
final class PropertyCatalog {

    /**
     * A property group.
     *
     * @param name         internal name
     * @param label        display label
     * @param displayOrder position
     */
    record Group(String name, String label, int displayOrder) {
        ObjectNode toJson() {
            ObjectNode json = HubSpotJson.object();
            json.put("name", name).put("label", label).put("displayOrder", displayOrder).put("archived", false);
            return json;
        }
    }

    private final String objectType;
    private final Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    PropertyCatalog(String objectType) {
        this.objectType = objectType;
    }

    String objectType() {
        return objectType;
    }

    synchronized void define(PropertyDefinition definition) {
        properties.put(definition.name(), definition);
    }

    synchronized void defineGroup(Group group) {
        groups.put(group.name(), group);
    }

    synchronized Optional<PropertyDefinition> get(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    synchronized List<PropertyDefinition> all() {
        return List.copyOf(properties.values());
    }

    synchronized Optional<Group> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    synchronized List<Group> groups() {
        return List.copyOf(groups.values());
    }

    /** Defines a client's new property, refusing a duplicate name or a missing group as HubSpot does. */
    synchronized PropertyDefinition create(PropertyDefinition definition) {
        if (properties.containsKey(definition.name())) {
            throw HubSpotApiException.conflict("Property named '" + definition.name() + "' already exists.");
        }
        checkNewDefinition(definition);
        properties.put(definition.name(), definition);
        return definition;
    }

    synchronized void checkNewDefinition(PropertyDefinition definition) {
        if (!groups.containsKey(definition.groupName())) {
            throw HubSpotApiException.badRequest("group " + definition.groupName() + " does not exist.");
        }
        if (!definition.name().matches("[a-z][a-z0-9_]*")) {
            throw HubSpotApiException.badRequest("Property name " + definition.name()
                    + " must start with a letter and contain only lowercase letters, numbers and underscores.");
        }
        if (definition.isEnumeration() && definition.options().isEmpty()
                && !definition.fieldType().equals("booleancheckbox")) {
            throw HubSpotApiException.badRequest("enumeration property " + definition.name() + " needs options");
        }
    }

    synchronized Group createGroup(Group group) {
        if (groups.containsKey(group.name())) {
            throw HubSpotApiException.conflict("Property group named '" + group.name() + "' already exists.");
        }
        groups.put(group.name(), group);
        return group;
    }

    synchronized PropertyDefinition replaceOptions(String name, List<PropertyOption> options) {
        PropertyDefinition existing = properties.get(name);
        if (existing == null) {
            throw HubSpotApiException.notFound();
        }
        PropertyDefinition updated = existing.withOptions(options);
        properties.put(name, updated);
        return updated;
    }

    /**
     * Checks one value the way HubSpot does before a write.
     *
     * @return the value as stored (datetimes normalised), or the problem
     */
    synchronized Checked check(String name, String value) {
        PropertyDefinition definition = properties.get(name);
        if (definition == null) {
            return Checked.problem(name, "PROPERTY_DOESNT_EXIST", "Property \"" + name + "\" does not exist");
        }
        if (definition.readOnlyValue()) {
            return Checked.problem(name, "READ_ONLY_VALUE", name + " is a read only property; its value cannot be set.");
        }
        if (value.isEmpty()) {
            return Checked.ok(value);
        }
        return switch (definition.type()) {
            case "enumeration" -> checkOptions(definition, value);
            case "number" -> checkNumber(name, value);
            case "datetime" -> checkDateTime(name, value);
            case "date" -> checkDate(name, value);
            case "bool" -> value.equals("true") || value.equals("false") ? Checked.ok(value)
                    : Checked.problem(name, "INVALID_BOOLEAN", value + " is not a valid boolean value");
            default -> value.length() > 65_536
                    ? Checked.problem(name, "MAX_CHARACTERS", "Value exceeds 65536 characters")
                    : Checked.ok(value);
        };
    }

    private static Checked checkOptions(PropertyDefinition definition, String value) {
        for (String part : value.split(";", -1)) {
            if (!definition.hasOption(part)) {
                StringBuilder allowed = new StringBuilder();
                for (PropertyOption option : definition.options()) {
                    allowed.append(allowed.isEmpty() ? "" : ", ").append("label: \"").append(option.label())
                            .append("\"\nvalue: \"").append(option.value()).append("\"\n");
                }
                return Checked.problem(definition.name(), "INVALID_OPTION",
                        part + " was not one of the allowed options: [" + allowed + "]");
            }
        }
        return Checked.ok(value);
    }

    private static Checked checkNumber(String name, String value) {
        try {
            new BigDecimal(value.trim());
            return Checked.ok(value.trim());
        } catch (NumberFormatException e) {
            return Checked.problem(name, "INVALID_INTEGER", value + " is not a valid number");
        }
    }

    private static Checked checkDateTime(String name, String value) {
        return parseInstant(value).map(i -> Checked.ok(HubSpotJson.timestamp(i)))
                .orElseGet(() -> Checked.problem(name, "INVALID_DATE",
                        value + " is not a valid datetime: use milliseconds since the epoch or ISO-8601"));
    }

    private static Checked checkDate(String name, String value) {
        Optional<Instant> instant = parseInstant(value);
        if (instant.isEmpty()) {
            try {
                return Checked.ok(LocalDate.parse(value).toString());
            } catch (DateTimeParseException e) {
                return Checked.problem(name, "INVALID_DATE", value + " is not a valid date");
            }
        }
        // HubSpot's date properties take midnight UTC only.
        if (instant.get().toEpochMilli() % 86_400_000L != 0) {
            return Checked.problem(name, "INVALID_DATE", value + " is not midnight UTC");
        }
        return Checked.ok(LocalDate.ofInstant(instant.get(), ZoneOffset.UTC).toString());
    }

    /** Epoch milliseconds or ISO-8601, as HubSpot accepts for datetime values and filters. */
    static Optional<Instant> parseInstant(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 20 && trimmed.charAt(4) == '-' && trimmed.endsWith("Z")) {
            // The stored form: parse directly rather than through exceptions (search sorts call this a lot).
            try {
                return Optional.of(Instant.parse(trimmed));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(trimmed)));
        } catch (NumberFormatException notMillis) {
            try {
                return Optional.of(Instant.parse(value.trim()));
            } catch (DateTimeParseException notIso) {
                try {
                    return Optional.of(LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * The outcome of checking one value.
     *
     * @param value   the value to store when there is no problem
     * @param problem what is wrong, if anything
     */
    record Checked(String value, Optional<PropertyProblem> problem) {
        static Checked ok(String value) {
            return new Checked(value, Optional.empty());
        }

        static Checked problem(String name, String error, String message) {
            return new Checked("", Optional.of(new PropertyProblem(name, error, message)));
        }
    }

    /**
     * Checks every value of a request's writes; any problem fails the whole request, as HubSpot does.
     *
     * @return the values to store, one map per write, in order
     * @throws HubSpotApiException with HubSpot's "Property values were not valid" body
     */
    List<Map<String, String>> checkAll(List<Map<String, String>> writes, int portalId) {
        List<PropertyProblem> problems = new ArrayList<>();
        List<Map<String, String>> stored = new ArrayList<>();
        for (Map<String, String> write : writes) {
            Map<String, String> values = new LinkedHashMap<>();
            write.forEach((name, value) -> {
                Checked checked = check(name, value);
                checked.problem().ifPresentOrElse(problems::add, () -> values.put(name, checked.value()));
            });
            stored.add(values);
        }
        if (!problems.isEmpty()) {
            throw invalid(problems, portalId);
        }
        return stored;
    }

    static HubSpotApiException invalid(List<PropertyProblem> problems, int portalId) {
        ArrayNode details = HubSpotJson.MAPPER.createArrayNode();
        for (PropertyProblem problem : problems) {
            details.addObject().put("isValid", false).put("message", problem.message())
                    .put("error", problem.error()).put("name", problem.name())
                    .put("localizedErrorMessage", problem.message()).put("portalId", portalId);
        }
        return HubSpotApiException.badRequest("Property values were not valid: " + HubSpotJson.write(details));
    }
}
