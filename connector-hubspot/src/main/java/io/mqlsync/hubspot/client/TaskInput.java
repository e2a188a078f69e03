package io.mqlsync.hubspot.client;

import java.util.Map;
import java.util.Objects;

/**
 * A task to create, associated with one contact.
 *
 * @param contactId  the contact the task is about (association type 204)
 * @param properties the task's properties ({@code hs_timestamp}, {@code hs_task_subject}, ...)
 */
public record TaskInput(String contactId, Map<String, String> properties) {
    public TaskInput {
        Objects.requireNonNull(contactId, "contactId");
        properties = Map.copyOf(properties);
    }

    /** Subject and body carry names: ids only. */
    @Override
    public String toString() {
        return "TaskInput[" + contactId + ", " + properties.keySet() + "]";
    }
}
