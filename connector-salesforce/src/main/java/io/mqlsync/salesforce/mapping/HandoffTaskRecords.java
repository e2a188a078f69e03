package io.mqlsync.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.TaskPriority;
import java.util.Optional;

/**
 * A handoff task as a Salesforce {@code Task}: {@code WhoId} the lead, {@code OwnerId}, {@code Subject},
 * {@code Description} = the handoff packet, the exact due time and a last line carrying the idempotency key
 * (how {@code findTask} recognises it after a crash), {@code ActivityDate} = the due date in the task's business-hours zone (else UTC),
 * {@code Priority} and {@code Status}.
 */
public final class HandoffTaskRecords {
    /** The marker line's start; the key follows it. */
    public static final String MARKER = "mqlsync-task-key: ";
    /** Task.Description is a 32,000-character text area. */
    static final int MAX_DESCRIPTION = 32_000;
    static final int MAX_SUBJECT = 255;
    static final String OPEN_STATUS = "Not Started";

    public SObject toTask(LeadId lead, HandoffTask task) {
        SObject s = new SObject("Task");
        s.setField("WhoId", lead.value());
        task.owner().map(OwnerId::value).ifPresent(o -> s.setField("OwnerId", o));
        s.setField("Subject", cut(task.subject(), MAX_SUBJECT));
        s.setField("Description", description(task));
        s.setField("ActivityDate", task.dueDate().toString());
        s.setField("Priority", priority(task.priority()));
        s.setField("Status", OPEN_STATUS);
        return s;
    }

    /** The key a task description carries; empty when it is not one of ours. */
    public static Optional<String> keyOf(String description) {
        int at = description.lastIndexOf(MARKER);
        if (at < 0) {
            return Optional.empty();
        }
        String rest = description.substring(at + MARKER.length());
        int end = rest.indexOf('\n');
        return Optional.of((end < 0 ? rest : rest.substring(0, end)).strip());
    }

    static String priority(TaskPriority priority) {
        return switch (priority) {
            case HIGH -> "High";
            case NORMAL -> "Normal";
            case LOW -> "Low";
        };
    }

    private String description(HandoffTask task) {
        String tail = "\n\nDue: " + task.due() + " (" + task.dueDate() + " in " + task.dueZone().getId() + ")\n"
                + MARKER + task.idempotencyKey();
        return cut(task.body(), MAX_DESCRIPTION - tail.length()) + tail;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
