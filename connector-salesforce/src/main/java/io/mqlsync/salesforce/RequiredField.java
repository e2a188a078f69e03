package io.mqlsync.salesforce;

import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.salesforce.mapping.CustomFieldNames;
import io.mqlsync.salesforce.mapping.LeadFieldMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A custom field mqlsync needs on the configured object, with the type DESIGN section 6 gives it.
 *
 * @param name   the API name, e.g. {@code MQL_Fit_Score__c}
 * @param kind   its type
 * @param values the picklist values it must offer; empty for other kinds
 */
record RequiredField(String name, Kind kind, List<String> values) {
    RequiredField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }

    /** A field type as the Metadata API names it, and as describe reports it. */
    enum Kind {
        NUMBER("Number(18,0)", "double"),
        PICKLIST("Picklist (restricted)", "picklist"),
        LONG_TEXT("Long Text Area(32768)", "textarea"),
        TEXT("Text(255)", "string"),
        DATE_TIME("DateTime", "datetime");

        private final String label;
        private final String describeType;

        Kind(String label, String describeType) {
            this.label = label;
            this.describeType = describeType;
        }

        String label() {
            return label;
        }

        String describeType() {
            return describeType;
        }
    }

    /** Every custom field of {@code required}, then the mapped {@code UTM_*__c} inputs. */
    static List<RequiredField> all(SchemaRequirements required, LeadFieldMap fields) {
        CustomFieldNames names = new CustomFieldNames(required.writeBack());
        List<RequiredField> all = new ArrayList<>();
        for (WrittenProperty p : WrittenProperty.values()) {
            all.add(new RequiredField(names.field(p), kind(p), values(p, required)));
        }
        fields.all().values().stream().filter(f -> f.endsWith("__c") && !f.contains(".")).distinct().sorted()
                .forEach(f -> all.add(new RequiredField(f, Kind.TEXT, List.of())));
        return all;
    }

    private static Kind kind(WrittenProperty property) {
        return switch (property) {
            case FIT_SCORE, INTENT_SCORE, SCORE, RECYCLE_COUNT -> Kind.NUMBER;
            case STATUS, QUADRANT, REJECTION_REASON -> Kind.PICKLIST;
            case REASONS -> Kind.LONG_TEXT;
            case MODEL, LAST_REJECTION_REASON -> Kind.TEXT;
            case QUALIFIED_AT, RECYCLED_AT, NEXT_RESCORE_AT -> Kind.DATE_TIME;
        };
    }

    private static List<String> values(WrittenProperty property, SchemaRequirements required) {
        return switch (property) {
            case STATUS -> Arrays.stream(MqlStatus.values()).map(Enum::name).toList();
            case QUADRANT -> Arrays.stream(Quadrant.values()).map(Enum::name).toList();
            case REJECTION_REASON -> required.reasons().stream().map(ReasonCode::value).toList();
            default -> List.of();
        };
    }
}
