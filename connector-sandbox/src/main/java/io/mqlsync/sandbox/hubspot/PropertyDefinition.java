package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One property of an object type, as the properties API describes it.
 *
 * @param name          internal name
 * @param label         display label
 * @param type          {@code string}, {@code number}, {@code enumeration}, {@code datetime}, {@code date}, {@code bool}
 * @param fieldType     UI field type ({@code text}, {@code select}, ...)
 * @param groupName     the property group
 * @param description   description, may be empty
 * @param options       enumeration options in display order; empty for other types
 * @param hubspotDefined whether HubSpot owns it
 * @param readOnlyValue whether clients may not write it
 * @param createdAt     when it was defined
 */
record PropertyDefinition(String name, String label, String type, String fieldType, String groupName,
                          String description, List<PropertyOption> options, boolean hubspotDefined,
                          boolean readOnlyValue, Instant createdAt) {

    PropertyDefinition {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
    }

    boolean isEnumeration() {
        return type.equals("enumeration");
    }

    boolean hasOption(String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    /** The position of an option in display order, or -1. */
    int optionOrder(String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    ObjectNode toJson() {
        ObjectNode json = HubSpotJson.object();
        json.put("name", name);
        json.put("label", label);
        json.put("type", type);
        json.put("fieldType", fieldType);
        json.put("description", description);
        json.put("groupName", groupName);
        ArrayNode opts = json.putArray("options");
        for (int i = 0; i < options.size(); i++) {
            PropertyOption option = options.get(i);
            opts.addObject().put("label", option.label()).put("value", option.value())
                    .put("displayOrder", i).put("hidden", option.hidden());
        }
        json.put("displayOrder", -1);
        json.put("calculated", false);
        json.put("externalOptions", false);
        json.put("hasUniqueValue", name.equals("email"));
        json.put("hidden", false);
        json.put("hubspotDefined", hubspotDefined);
        json.put("formField", !readOnlyValue);
        json.put("archived", false);
        json.put("createdAt", HubSpotJson.timestamp(createdAt));
        json.put("updatedAt", HubSpotJson.timestamp(createdAt));
        json.putObject("modificationMetadata").put("archivable", !hubspotDefined)
                .put("readOnlyDefinition", hubspotDefined).put("readOnlyValue", readOnlyValue);
        return json;
    }

    PropertyDefinition withOptions(List<PropertyOption> newOptions) {
        return new PropertyDefinition(name, label, type, fieldType, groupName, description, newOptions,
                hubspotDefined, readOnlyValue, createdAt);
    }
}
