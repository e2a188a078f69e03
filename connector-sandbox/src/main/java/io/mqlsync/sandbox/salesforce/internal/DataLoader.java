package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldValues;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads records into the org as a data import would: any field may be set, system and read-only ones
 * included, and what is left out gets the values a create would give. Not thread-safe: the org serialises use.
 */
final class DataLoader {
    private final StandardObjects objects;
    private final OrgRecords records;
    private final RecordSaver saver;
    private final Clock clock;

    DataLoader(StandardObjects objects, OrgRecords records, RecordSaver saver, Clock clock) {
        this.objects = objects;
        this.records = records;
        this.saver = saver;
        this.clock = clock;
    }

    /**
     * @param owner the default owner and creator; empty makes the record its own (the org's first user)
     * @return the new id
     * @throws IllegalArgumentException for an unknown object or field or a value of the wrong type
     */
    String insert(String type, Map<String, ?> values, Optional<String> owner) {
        SObjectSchema schema = objects.object(type)
                .orElseThrow(() -> new IllegalArgumentException("no object " + type + " in the sandbox org"));
        Map<String, Optional<Object>> converted = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            FieldDef f = schema.field(name).orElseThrow(() ->
                    new IllegalArgumentException("no field " + name + " on " + schema.name()));
            converted.put(f.name(), Optional.ofNullable(value).map(v -> convert(f, v)));
        });
        OrgRecord record = records.insert(schema);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        saver.defaults(record, owner.orElse(record.id()), now);
        converted.forEach(record::set);
        saver.derive(record, now);
        return record.id();
    }

    private static Object convert(FieldDef f, Object value) {
        String text = value instanceof String s ? s : FieldValues.format(value);
        return FieldValues.parse(text, f.type(), f.scale());
    }
}
