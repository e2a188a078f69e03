package io.mqlsync.hubspot;

import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.hubspot.client.PropertyDefinition;

import java.util.Arrays;
import java.util.List;

/** The contact properties mqlsync needs in HubSpot (DESIGN section 6), with their types and options. */
final class MqlProperties {
    static final String GROUP = "mqlsync";
    static final String GROUP_LABEL = "mqlsync";

    private MqlProperties() {
    }

    static List<PropertyDefinition> of(SchemaRequirements required) {
        return Arrays.stream(WrittenProperty.values()).map(p -> definition(p, required)).toList();
    }

    private static PropertyDefinition definition(WrittenProperty property, SchemaRequirements required) {
        String name = required.writeBack().name(property);
        String label = "MQL " + property.suffix().replace('_', ' ');
        return switch (property) {
            case FIT_SCORE, INTENT_SCORE, SCORE, RECYCLE_COUNT -> typed(name, label, "number", "number", List.of());
            case STATUS -> typed(name, label, "enumeration", "select", names(MqlStatus.values()));
            case QUADRANT -> typed(name, label, "enumeration", "select", names(Quadrant.values()));
            case REJECTION_REASON -> typed(name, label, "enumeration", "select",
                    required.reasons().stream().map(ReasonCode::value).toList());
            case REASONS -> typed(name, label, "string", "textarea", List.of());
            case MODEL, LAST_REJECTION_REASON -> typed(name, label, "string", "text", List.of());
            case QUALIFIED_AT, RECYCLED_AT, NEXT_RESCORE_AT -> typed(name, label, "datetime", "date", List.of());
        };
    }

    private static PropertyDefinition typed(String name, String label, String type, String fieldType, List<String> options) {
        return new PropertyDefinition(name, label, type, fieldType, GROUP, options);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
