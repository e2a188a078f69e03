package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldType;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.SalesforceIds;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Creates and updates records as the partner API does with {@code allOrNone} off: whole-call faults for an
 * oversized batch, an unknown object or an unknown field; otherwise one outcome per record, the good records
 * saved and the bad ones refused with the {@code StatusCode} a real org gives. Every saved write bumps
 * {@code LastModifiedDate} and {@code SystemModstamp}, even when no value changes. Not thread-safe.
 */
public final class RecordSaver {
    /** The most records one create or update call takes. */
    public static final int MAX_RECORDS = 200;

    private static final Set<String> RESPONDED = Set.of("responded", "registered", "attended", "downloaded");

    private final StandardObjects objects;
    private final OrgRecords records;
    private final Clock clock;
    private final FieldChecks checks;

    /** @param objects the org's objects; @param records its records; @param clock its clock */
    public RecordSaver(StandardObjects objects, OrgRecords records, Clock clock) {
        this.objects = objects;
        this.records = records;
        this.clock = clock;
        this.checks = new FieldChecks(records);
    }

    /** How a call treats a batch with some bad records. */
    public enum Atomicity {
        /** The good records are saved, the bad ones refused (the API's default). */
        PARTIAL,
        /** One bad record rolls the whole batch back ({@code AllOrNoneHeader.allOrNone}). */
        ALL_OR_NONE
    }

    /** A record's fate before anything is written: refused, or ready with its checked changes. */
    private sealed interface Plan permits Refused, Ready {
    }

    private record Refused(RecordError error) implements Plan {
    }

    private record Ready(SObjectSchema schema, Optional<OrgRecord> existing, Map<String, Optional<Object>> changes)
            implements Plan {
    }

    /**
     * @return one outcome per input, in order
     * @throws SoapFault when the whole call fails
     */
    public List<SaveOutcome> save(SoapOperation op, List<SObjectInput> inputs, String userId, RuleBook rules,
                                  Atomicity atomicity) {
        checkCall(inputs);
        List<Plan> plans = new ArrayList<>();
        for (SObjectInput in : inputs) {
            plans.add(op == SoapOperation.CREATE ? planCreate(in, rules) : planUpdate(in, rules));
        }
        boolean rollBack = atomicity == Atomicity.ALL_OR_NONE && plans.stream().anyMatch(Refused.class::isInstance);
        List<SaveOutcome> out = new ArrayList<>();
        for (Plan plan : plans) {
            out.add(switch (plan) {
                case Refused r -> failed(r.error());
                case Ready ready when rollBack -> failed(new RecordError("ALL_OR_NONE_OPERATION_ROLLED_BACK",
                        "Record rolled back because not all records were valid and the request was using "
                                + "AllOrNone header", List.of()));
                case Ready ready -> new SaveOutcome(Optional.of(apply(ready, userId)), List.of());
            });
        }
        return out;
    }

    private void checkCall(List<SObjectInput> inputs) {
        if (inputs.size() > MAX_RECORDS) {
            throw SoapFault.of("EXCEEDED_ID_LIMIT", SoapFault.Type.UnexpectedErrorFault,
                    "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call");
        }
        for (SObjectInput in : inputs) {
            SObjectSchema schema = schemaOf(in.type());
            for (String name : names(in)) {
                if (schema.field(name).isEmpty()) {
                    throw new SoapFault("INVALID_FIELD", SoapFault.Type.InvalidFieldFault,
                            "No such column '" + name + "' on sObject of type " + schema.name(),
                            OptionalInt.of(-1));
                }
            }
        }
    }

    private SObjectSchema schemaOf(String type) {
        return objects.object(type).filter(SObjectSchema::writable).orElseThrow(() -> new SoapFault("INVALID_TYPE",
                SoapFault.Type.InvalidSObjectFault, "sObject type '" + type + "' is not supported.",
                OptionalInt.of(-1)));
    }

    private static Set<String> names(SObjectInput in) {
        Set<String> names = new LinkedHashSet<>(in.fields().keySet());
        names.addAll(in.fieldsToNull());
        return names;
    }

    private Plan planUpdate(SObjectInput in, RuleBook rules) {
        SObjectSchema schema = schemaOf(in.type());
        if (in.id().isEmpty()) {
            return new Refused(new RecordError("MISSING_ARGUMENT", "Id not specified in an update call", List.of()));
        }
        Optional<String> id = SalesforceIds.normalise(in.id().get()).filter(i -> i.startsWith(schema.keyPrefix()));
        if (id.isEmpty()) {
            return new Refused(RecordError.onField("MALFORMED_ID", "Record ID: id value of incorrect type", "Id"));
        }
        Optional<OrgRecord> found = records.byId(id.get());
        if (found.isEmpty()) {
            return new Refused(records.isDeleted(id.get())
                    ? new RecordError("ENTITY_IS_DELETED", "entity is deleted", List.of())
                    : new RecordError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of()));
        }
        if (found.get().get("IsConverted").map(Boolean.TRUE::equals).orElse(false)) {
            return new Refused(new RecordError("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead",
                    List.of()));
        }
        Optional<RecordError> injected = rules.match(SoapOperation.UPDATE, schema.name(), id, names(in));
        if (injected.isPresent()) {
            return new Refused(injected.get());
        }
        Map<String, Optional<Object>> changes = new LinkedHashMap<>();
        Optional<RecordError> error = checks.validate(schema, in, SoapOperation.UPDATE, changes);
        return error.<Plan>map(Refused::new).orElse(new Ready(schema, found, changes));
    }

    private Plan planCreate(SObjectInput in, RuleBook rules) {
        SObjectSchema schema = schemaOf(in.type());
        Optional<RecordError> injected = rules.match(SoapOperation.CREATE, schema.name(), Optional.empty(), names(in));
        if (injected.isPresent()) {
            return new Refused(injected.get());
        }
        Map<String, Optional<Object>> changes = new LinkedHashMap<>();
        Optional<RecordError> error = checks.validate(schema, in, SoapOperation.CREATE, changes);
        if (error.isPresent()) {
            return new Refused(error.get());
        }
        List<String> missing = new ArrayList<>();
        for (FieldDef f : schema.fields()) {
            boolean given = changes.getOrDefault(f.name(), Optional.empty()).isPresent();
            if (!f.nillable() && f.createable() && !f.defaultedOnCreate() && !given) {
                missing.add(f.name());
            }
        }
        return missing.isEmpty() ? new Ready(schema, Optional.empty(), changes) : new Refused(new RecordError(
                "REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing));
    }

    /** Writes a checked change; @return the record's id */
    private String apply(Ready ready, String userId) {
        Instant now = now();
        OrgRecord record = ready.existing().orElseGet(() -> {
            OrgRecord created = records.insert(ready.schema());
            defaults(created, userId, now);
            return created;
        });
        ready.changes().forEach(record::set);
        record.set("LastModifiedDate", Optional.of(now));
        record.set("LastModifiedById", Optional.of(userId));
        record.set("SystemModstamp", Optional.of(now));
        derive(record, now);
        return record.id();
    }

    /** Sets what a real org fills on create before the client's values apply. */
    void defaults(OrgRecord record, String userId, Instant now) {
        for (FieldDef f : record.schema().fields()) {
            Optional<Object> value = switch (f.name()) {
                case "CreatedDate", "LastModifiedDate", "SystemModstamp" -> Optional.of(now);
                case "CreatedById", "LastModifiedById" -> Optional.of(userId);
                case "OwnerId" -> Optional.of(userId);
                default -> defaultOf(f);
            };
            if (value.isPresent() && record.get(f.name()).isEmpty()) {
                record.set(f.name(), value);
            }
        }
    }

    private static Optional<Object> defaultOf(FieldDef f) {
        if (f.type() == FieldType.BOOLEAN && !f.nillable()) {
            return Optional.of(Boolean.FALSE);
        }
        if (f.type() == FieldType.PICKLIST && f.defaultedOnCreate() && !f.picklistValues().isEmpty()) {
            return Optional.of(f.picklistValues().get(0));
        }
        if (f.name().equals("Status") && f.defaultedOnCreate()) {
            return Optional.of("Sent");
        }
        return Optional.empty();
    }

    /** Recomputes the fields a real org derives from others. */
    void derive(OrgRecord record, Instant now) {
        SObjectSchema schema = record.schema();
        if (schema.field("Name").map(f -> !f.createable()).orElse(false) && schema.field("LastName").isPresent()) {
            String name = (record.get("FirstName").map(Object::toString).orElse("") + " "
                    + record.get("LastName").map(Object::toString).orElse("")).trim();
            record.set("Name", name.isEmpty() ? Optional.empty() : Optional.of(name));
        }
        if (schema.name().equals("Task")) {
            boolean closed = record.get("Status").map("Completed"::equals).orElse(false);
            boolean wasClosed = record.get("IsClosed").map(Boolean.TRUE::equals).orElse(false);
            record.set("IsClosed", Optional.of(closed));
            if (closed && !wasClosed) {
                record.set("CompletedDateTime", Optional.of(now));
            }
        }
        if (schema.name().equals("Opportunity")) {
            // IsClosed and IsWon follow the stage, as the org's sales process maps them
            String stage = record.get("StageName").map(Object::toString).orElse("");
            record.set("IsClosed", Optional.of(stage.startsWith("Closed")));
            record.set("IsWon", Optional.of(stage.equals("Closed Won")));
        }
        if (schema.name().equals("CampaignMember")) {
            boolean responded = record.get("Status")
                    .map(s -> RESPONDED.contains(s.toString().toLowerCase(Locale.ROOT))).orElse(false);
            if (responded && record.get("FirstRespondedDate").isEmpty()) {
                record.set("FirstRespondedDate", Optional.of(now.atZone(ZoneOffset.UTC).toLocalDate()));
            }
            record.set("HasResponded", Optional.of(responded || record.get("HasResponded")
                    .map(Boolean.TRUE::equals).orElse(false)));
        }
    }

    private Instant now() {
        // Salesforce keeps date-times to the second, so many writes share one SystemModstamp
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static SaveOutcome failed(RecordError error) {
        return new SaveOutcome(Optional.empty(), List.of(error));
    }
}
