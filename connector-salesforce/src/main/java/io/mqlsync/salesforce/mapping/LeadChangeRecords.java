package io.mqlsync.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.planning.LeadChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LeadChange} as the record of an {@code update}: mqlsync's properties under their custom field
 * names, {@code leadStatus} and the owner under the mapped fields, cleared ones in {@code fieldsToNull}.
 * Salesforce has no lifecycle stage, and {@code OwnerId} is required: clearing it leaves the owner as it is.
 */
public final class LeadChangeRecords {
    private final LeadObject object;
    private final LeadFieldMap fields;
    private final CustomFieldNames names;

    public LeadChangeRecords(LeadObject object, LeadFieldMap fields, CustomFieldNames names) {
        this.object = object;
        this.fields = fields;
        this.names = names;
    }

    /** The outcome of mapping one change: a record to update, or the name of the property nothing maps. */
    public sealed interface Mapped {
        /** The record; empty when the change only creates a task. */
        record Update(Optional<SObject> record) implements Mapped {
        }

        /** A property the configured object has no field for: a config problem, failed per record. */
        record Unmapped(String property) implements Mapped {
        }
    }

    public Mapped toUpdate(LeadChange change) {
        SObject s = new SObject(object.apiName());
        s.setId(change.lead().value());
        boolean any = false;
        for (Map.Entry<String, String> e : change.properties().entrySet()) {
            Optional<String> field = field(e.getKey());
            if (field.isEmpty()) {
                return new Mapped.Unmapped(e.getKey());
            }
            s.setField(field.get(), e.getValue());
            any = true;
        }
        List<String> toNull = new ArrayList<>();
        for (String name : change.cleared()) {
            if (name.equals(CanonicalField.OWNER_ID)) {
                continue;
            }
            Optional<String> field = field(name);
            if (field.isEmpty()) {
                return new Mapped.Unmapped(name);
            }
            toNull.add(field.get());
        }
        if (change.newOwner().isPresent()) {
            s.setField(fields.field(CanonicalField.OWNER_ID).orElse("OwnerId"), change.newOwner().get().value());
            any = true;
        }
        if (!toNull.isEmpty()) {
            s.setFieldsToNull(toNull.stream().sorted().toArray(String[]::new));
            any = true;
        }
        return new Mapped.Update(any ? Optional.of(s) : Optional.empty());
    }

    private Optional<String> field(String name) {
        Optional<String> custom = names.property(name).map(names::field);
        if (custom.isPresent()) {
            return custom;
        }
        return fields.field(name).filter(f -> !f.contains("."));
    }
}
