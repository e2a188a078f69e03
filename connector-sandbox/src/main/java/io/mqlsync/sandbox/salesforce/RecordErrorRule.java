package io.mqlsync.sandbox.salesforce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A per-record error the fake org returns in a {@code SaveResult} instead of saving, the way a lock, a
 * validation rule or a trigger makes a real org refuse one record of a batch. The rest of the batch is saved.
 * Immutable; start from {@link #lockRow}, {@link #validation} or {@link #of} and narrow with the {@code with}
 * methods.
 *
 * @param statusCode the {@code StatusCode} reported, e.g. {@code UNABLE_TO_LOCK_ROW}
 * @param message the error message reported
 * @param fields the field names reported with the error
 * @param operation the operation the rule applies to
 * @param sObjectType the object the rule applies to, any when empty
 * @param recordIds ids (18-character) the rule applies to, any when empty; creates have no id and never match
 * @param whenWriting a field the write must set or null for the rule to apply, any write when empty
 * @param times how many records the rule fails before it is used up; {@code Integer.MAX_VALUE} for always
 * @param probability the chance that a matching record fails, drawn from the sandbox's seeded random
 */
public record RecordErrorRule(String statusCode, String message, List<String> fields, SoapOperation operation,
                              Optional<String> sObjectType, Set<String> recordIds, Optional<String> whenWriting,
                              int times, double probability) {

    /** Checks the arguments and copies the collections. */
    public RecordErrorRule {
        Objects.requireNonNull(statusCode, "statusCode");
        Objects.requireNonNull(message, "message");
        fields = List.copyOf(fields);
        recordIds = Set.copyOf(recordIds);
        if (operation != SoapOperation.CREATE && operation != SoapOperation.UPDATE) {
            throw new IllegalArgumentException("record errors apply to create or update, not " + operation);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was " + probability);
        }
    }

    /** @return a rule failing every update with {@code statusCode} and {@code message} until narrowed */
    public static RecordErrorRule of(String statusCode, String message) {
        return new RecordErrorRule(statusCode, message, List.of(), SoapOperation.UPDATE, Optional.empty(), Set.of(),
                Optional.empty(), Integer.MAX_VALUE, 1.0);
    }

    /** @return a rule failing updates with {@code UNABLE_TO_LOCK_ROW}, as contention on a parent record does */
    public static RecordErrorRule lockRow() {
        return of("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records");
    }

    /** @return a rule failing updates with a validation rule's {@code FIELD_CUSTOM_VALIDATION_EXCEPTION} */
    public static RecordErrorRule validation(String message) {
        return of("FIELD_CUSTOM_VALIDATION_EXCEPTION", message);
    }

    /** @return this rule applied to {@code operation} instead */
    public RecordErrorRule withOperation(SoapOperation op) {
        return new RecordErrorRule(statusCode, message, fields, op, sObjectType, recordIds, whenWriting, times,
                probability);
    }

    /** @return this rule limited to one object */
    public RecordErrorRule withSObjectType(String type) {
        return new RecordErrorRule(statusCode, message, fields, operation, Optional.of(type), recordIds, whenWriting,
                times, probability);
    }

    /** @return this rule limited to these record ids */
    public RecordErrorRule withRecordIds(Set<String> ids) {
        return new RecordErrorRule(statusCode, message, fields, operation, sObjectType, ids, whenWriting, times,
                probability);
    }

    /** @return this rule limited to writes that set or clear {@code field}, which is also reported */
    public RecordErrorRule withWhenWriting(String field) {
        return new RecordErrorRule(statusCode, message, List.of(field), operation, sObjectType, recordIds,
                Optional.of(field), times, probability);
    }

    /** @return this rule used up after failing {@code n} records */
    public RecordErrorRule withTimes(int n) {
        return new RecordErrorRule(statusCode, message, fields, operation, sObjectType, recordIds, whenWriting, n,
                probability);
    }

    /** @return this rule failing a matching record only with probability {@code p} */
    public RecordErrorRule withProbability(double p) {
        return new RecordErrorRule(statusCode, message, fields, operation, sObjectType, recordIds, whenWriting, times,
                p);
    }
}
