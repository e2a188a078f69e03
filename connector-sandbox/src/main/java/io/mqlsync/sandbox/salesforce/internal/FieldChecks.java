package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldType;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldValues;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The per-field checks a real org makes on a create or update, each failing the record with Salesforce's
 * {@code StatusCode}: writability, required fields, types, lengths, restricted picklists, email format and
 * references (existing target of an allowed object, active users). Messages never carry field values.
 */
final class FieldChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OrgRecords records;

    FieldChecks(OrgRecords records) {
        this.records = records;
    }

    /** Checks every value of the input and fills {@code changes} with canonical names and stored values. */
    Optional<RecordError> validate(SObjectSchema schema, SObjectInput in, SoapOperation op,
                                   Map<String, Optional<Object>> changes) {
        if (op == SoapOperation.CREATE && in.id().isPresent()) {
            return Optional.of(RecordError.onField("INVALID_FIELD_FOR_INSERT_UPDATE",
                    "cannot specify Id in an insert call", "Id"));
        }
        for (Map.Entry<String, String> e : in.fields().entrySet()) {
            FieldDef f = schema.field(e.getKey()).orElseThrow();
            Optional<RecordError> err = f.name().equals("Id") ? Optional.empty() : value(f, e.getValue(), op, changes);
            if (err.isPresent()) {
                return err;
            }
        }
        for (String name : in.fieldsToNull()) {
            FieldDef f = schema.field(name).orElseThrow();
            Optional<RecordError> err = writable(f, op).or(() -> clearable(f));
            if (err.isPresent()) {
                return err;
            }
            changes.put(f.name(), Optional.empty());
        }
        return Optional.empty();
    }

    private Optional<RecordError> value(FieldDef f, String text, SoapOperation op,
                                        Map<String, Optional<Object>> changes) {
        Optional<RecordError> notWritable = writable(f, op);
        if (notWritable.isPresent()) {
            return notWritable;
        }
        if (text.isEmpty()) {
            // an empty element clears the field, as an empty string does in Salesforce
            changes.put(f.name(), Optional.empty());
            return clearable(f);
        }
        Object value;
        try {
            value = FieldValues.parse(text, f.type(), f.scale());
        } catch (IllegalArgumentException ex) {
            return Optional.of(RecordError.onField("INVALID_TYPE_ON_FIELD_IN_RECORD",
                    f.label() + ": value not of required type", f.name()));
        }
        changes.put(f.name(), Optional.of(value));
        return check(f, value);
    }

    private static Optional<RecordError> writable(FieldDef f, SoapOperation op) {
        boolean ok = op == SoapOperation.CREATE ? f.createable() : f.updateable();
        return ok ? Optional.empty() : Optional.of(RecordError.onField("INVALID_FIELD_FOR_INSERT_UPDATE",
                "Unable to create/update fields: " + f.name() + ". Please check the security settings of this field "
                        + "and verify that it is read/write for your profile or permission set.", f.name()));
    }

    private static Optional<RecordError> clearable(FieldDef f) {
        if (f.nillable()) {
            return Optional.empty();
        }
        String code = f.restrictedPicklist() ? "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST" : "REQUIRED_FIELD_MISSING";
        return Optional.of(RecordError.onField(code, "Required fields are missing: [" + f.name() + "]", f.name()));
    }

    private Optional<RecordError> check(FieldDef f, Object value) {
        if (value instanceof String s && f.type().isText() && f.length() > 0 && s.length() > f.length()) {
            return Optional.of(RecordError.onField("STRING_TOO_LONG", f.label() + ": data value too large (max length="
                    + f.length() + ")", f.name()));
        }
        if (f.type() == FieldType.EMAIL && !EMAIL.matcher((String) value).matches()) {
            return Optional.of(RecordError.onField("INVALID_EMAIL_ADDRESS", f.label() + ": invalid email address",
                    f.name()));
        }
        if (f.type() == FieldType.PICKLIST && f.restrictedPicklist() && !f.picklistValues().contains(value)) {
            return Optional.of(RecordError.onField("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                    f.label() + ": bad value for restricted picklist field", f.name()));
        }
        return f.type() == FieldType.REFERENCE ? reference(f, (String) value) : Optional.empty();
    }

    private Optional<RecordError> reference(FieldDef f, String id) {
        Optional<OrgRecord> target = records.byId(id).filter(t -> f.referenceTo().contains(t.schema().name()));
        if (target.isEmpty()) {
            return Optional.of(RecordError.onField("INVALID_CROSS_REFERENCE_KEY",
                    f.label() + ": id value of incorrect type", f.name()));
        }
        boolean inactiveUser = target.get().schema().name().equals("User")
                && !target.get().get("IsActive").map(Boolean.TRUE::equals).orElse(false);
        return inactiveUser ? Optional.of(RecordError.onField("INACTIVE_OWNER_OR_USER", "owner or user is inactive",
                f.name())) : Optional.empty();
    }
}
