package io.mqlsync.sandbox.salesforce.internal;

import java.util.List;
import java.util.Optional;

/**
 * The {@code SaveResult} of one record.
 *
 * @param id the record id; empty for a create that failed
 * @param errors empty when saved
 */
public record SaveOutcome(Optional<String> id, List<RecordError> errors) {

    /** Copies the errors. */
    public SaveOutcome {
        errors = List.copyOf(errors);
    }

    /** @return whether the record was saved */
    public boolean success() {
        return errors.isEmpty();
    }
}
