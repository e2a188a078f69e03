package io.mqlsync.sandbox.salesforce.internal;

import java.util.List;

/**
 * One error of a {@code SaveResult}.
 *
 * @param statusCode the {@code StatusCode}
 * @param message the message
 * @param fields the fields concerned
 */
public record RecordError(String statusCode, String message, List<String> fields) {

    /** Copies the fields. */
    public RecordError {
        fields = List.copyOf(fields);
    }

    /** @return an error concerning one field */
    public static RecordError onField(String statusCode, String message, String field) {
        return new RecordError(statusCode, message, List.of(field));
    }
}
