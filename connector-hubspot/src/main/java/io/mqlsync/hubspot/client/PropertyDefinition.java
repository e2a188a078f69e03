package io.mqlsync.hubspot.client;

import java.util.List;
import java.util.Objects;

/**
 * A contact property as the properties API describes it.
 *
 * @param name      the internal name
 * @param label     the label people see
 * @param type      {@code string}, {@code number}, {@code datetime}, {@code enumeration}, ...
 * @param fieldType {@code text}, {@code textarea}, {@code number}, {@code date}, {@code select}, ...
 * @param groupName the property group
 * @param options   enumeration option values; empty for other types
 */
public record PropertyDefinition(String name, String label, String type, String fieldType, String groupName,
                                 List<String> options) {
    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fieldType, "fieldType");
        Objects.requireNonNull(groupName, "groupName");
        options = List.copyOf(options);
    }
}
