package io.mqlsync.salesforce;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.SaveResult;
import io.mqlsync.core.spi.WriteResult;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * One record's {@code SaveResult}, reduced to what mqlsync keeps: the id, or the first error's status code
 * and a message that names fields but carries no values.
 */
record SaveOutcome(Optional<String> id, Optional<WriteResult.Failure> failure) {
    static final String LOCK_ROW = "UNABLE_TO_LOCK_ROW";
    /** Messages an admin wrote for sales ops; Salesforce's own messages often quote the rejected value. */
    private static final Set<String> MESSAGE_KEPT = Set.of("FIELD_CUSTOM_VALIDATION_EXCEPTION", LOCK_ROW,
            "CANNOT_UPDATE_CONVERTED_LEAD", "ENTITY_IS_DELETED", "INACTIVE_OWNER_OR_USER");
    private static final int MAX_MESSAGE = 300;

    static SaveOutcome of(SaveResult result) {
        if (result.isSuccess()) {
            return new SaveOutcome(Optional.ofNullable(result.getId()), Optional.empty());
        }
        Error[] errors = result.getErrors();
        if (errors == null || errors.length == 0) {
            return failed("UNKNOWN_EXCEPTION", "Salesforce reported a failure without an error");
        }
        Error first = errors[0];
        String code = first.getStatusCode() == null ? "UNKNOWN_EXCEPTION" : first.getStatusCode().name();
        String fields = first.getFields() == null || first.getFields().length == 0 ? ""
                : "fields " + String.join(", ", Arrays.asList(first.getFields()));
        String message = MESSAGE_KEPT.contains(code) && first.getMessage() != null
                ? (fields.isEmpty() ? "" : fields + ": ") + first.getMessage() : fields;
        return failed(code, message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
    }

    static SaveOutcome failed(String code, String message) {
        return new SaveOutcome(Optional.empty(), Optional.of(new WriteResult.Failure(code, message)));
    }

    static SaveOutcome saved(String id) {
        return new SaveOutcome(Optional.of(id), Optional.empty());
    }

    boolean isLockRow() {
        return failure.filter(f -> f.code().equals(LOCK_ROW)).isPresent();
    }
}
