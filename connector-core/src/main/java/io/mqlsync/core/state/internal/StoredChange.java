package io.mqlsync.core.state.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.state.TaskOutline;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON form of a dead letter's change: its own shape rather than {@link LeadChange}'s, so that the
 * stored format changes only on purpose. The task keeps its outline only; values are masked.
 * Null fields stand for absent ones and never leave this class.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoredChange(String lead, Map<String, String> set, List<String> cleared, String newOwner, String stageMove,
                    Task task) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** A task without its subject and body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Task(String key, String owner, String due, String priority) {
    }

    /** A decoded change: the change without its task, and the task's outline. */
    record Decoded(LeadChange change, Optional<TaskOutline> task) {
    }

    static String encode(LeadChange change) {
        Map<String, String> values = new LinkedHashMap<>();
        change.properties().forEach((name, value) -> values.put(name, Redaction.text(value)));
        Task task = change.task().map(t -> new Task(t.idempotencyKey(), t.owner().map(OwnerId::value).orElse(null),
                t.due().toString(), t.priority().name())).orElse(null);
        StoredChange stored = new StoredChange(change.lead().value(), values, List.copyOf(new TreeSet<>(change.cleared())),
                change.newOwner().map(OwnerId::value).orElse(null), change.stageMove().name(), task);
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change of lead " + change.lead() + " could not be encoded", e);
        }
    }

    static Decoded decode(String json) {
        StoredChange stored;
        try {
            stored = JSON.readValue(json, StoredChange.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change could not be decoded", e);
        }
        LeadChange change = new LeadChange(new LeadId(stored.lead), orEmpty(stored.set), Set.copyOf(orEmpty(stored.cleared)),
                Optional.ofNullable(stored.newOwner).map(OwnerId::new), Optional.empty(),
                LeadChange.StageMove.valueOf(stored.stageMove));
        Optional<TaskOutline> task = Optional.ofNullable(stored.task).map(t -> new TaskOutline(t.key,
                Optional.ofNullable(t.owner).map(OwnerId::new), Instant.parse(t.due), TaskPriority.valueOf(t.priority)));
        return new Decoded(change, task);
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
