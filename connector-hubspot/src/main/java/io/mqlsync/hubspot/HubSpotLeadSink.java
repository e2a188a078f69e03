package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.core.sync.BatchOutcome;
import io.mqlsync.core.sync.IsolatingBatchWriter;
import io.mqlsync.hubspot.client.BatchItemResult;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.HubSpotObject;
import io.mqlsync.hubspot.client.TaskInput;
import io.mqlsync.hubspot.mapping.ContactMapping;
import io.mqlsync.hubspot.mapping.ContactMapping.StageWrite;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes planned changes to HubSpot contacts in batches of 100: first the lifecycle stages that must move
 * backwards are cleared (HubSpot refuses to move a stage back directly, and does not order the inputs of
 * one batch), then every change's properties and owner, then the handoff tasks, created in batches and
 * associated with their contacts (type 204), each body ending with its idempotency key
 * ({@link TaskMarker}). A batch HubSpot rejects as a whole (400, one invalid value) is split by
 * {@link IsolatingBatchWriter}; a contact that failed gets no task. Not thread-safe.
 */
final class HubSpotLeadSink implements LeadSink {
    private static final List<String> TASK_PROPERTIES = List.of("hs_task_body");

    private final HubSpotClient client;
    private final ContactMapping mapping;

    HubSpotLeadSink(HubSpotClient client, ContactMapping mapping) {
        this.client = Objects.requireNonNull(client, "client");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    @Override
    public List<WriteResult> write(List<LeadChange> changes) {
        Map<LeadId, WriteResult> failed = new HashMap<>();
        List<LeadChange> clearFirst = changes.stream().filter(c -> c.stageMove() == LeadChange.StageMove.CLEAR_FIRST).toList();
        update(clearFirst, StageWrite.CLEAR, failed);
        List<LeadChange> updates = changes.stream()
                .filter(c -> !failed.containsKey(c.lead()) && !mapping.write(c, StageWrite.AS_PLANNED).isEmpty()).toList();
        update(updates, StageWrite.AS_PLANNED, failed);
        List<LeadChange> withTasks = changes.stream()
                .filter(c -> c.task().isPresent() && !failed.containsKey(c.lead())).toList();
        Map<LeadId, String> tasks = createTasks(withTasks);
        List<WriteResult> results = new ArrayList<>(changes.size());
        for (LeadChange change : changes) {
            WriteResult failure = failed.get(change.lead());
            results.add(failure != null ? failure : Optional.ofNullable(tasks.get(change.lead()))
                    .map(task -> WriteResult.writtenWithTask(change.lead(), task)).orElseGet(() -> WriteResult.written(change.lead())));
        }
        return results;
    }

    private void update(List<LeadChange> changes, StageWrite stage, Map<LeadId, WriteResult> failed) {
        IsolatingBatchWriter<LeadChange, WriteResult> writer = new IsolatingBatchWriter<>(batch -> updateBatch(batch, stage),
                (change, message) -> WriteResult.failed(change.lead(), "VALIDATION_ERROR", message));
        for (int from = 0; from < changes.size(); from += HubSpotClient.BATCH_LIMIT) {
            for (WriteResult result : writer.write(changes.subList(from, Math.min(changes.size(), from + HubSpotClient.BATCH_LIMIT)))) {
                if (!result.isWritten()) {
                    failed.put(result.lead(), result);
                }
            }
        }
    }

    private BatchOutcome<WriteResult> updateBatch(List<LeadChange> batch, StageWrite stage) {
        List<String> ids = batch.stream().map(c -> c.lead().value()).toList();
        List<Map<String, String>> properties = batch.stream().map(c -> mapping.write(c, stage)).toList();
        return switch (client.batchUpdate(ids, properties)) {
            case BatchOutcome.Rejected<BatchItemResult> rejected -> BatchOutcome.rejected(rejected.message());
            case BatchOutcome.Accepted<BatchItemResult> accepted -> BatchOutcome.accepted(accepted.results().stream()
                    .map(r -> r.failure().map(f -> WriteResult.failed(new LeadId(r.id()), f.category(), f.message()))
                            .orElseGet(() -> WriteResult.written(new LeadId(r.id())))).toList());
        };
    }

    private Map<LeadId, String> createTasks(List<LeadChange> changes) {
        Map<LeadId, String> created = new HashMap<>();
        for (int from = 0; from < changes.size(); from += HubSpotClient.BATCH_LIMIT) {
            List<LeadChange> batch = changes.subList(from, Math.min(changes.size(), from + HubSpotClient.BATCH_LIMIT));
            Map<TaskInput, LeadChange> byInput = new LinkedHashMap<>();
            batch.forEach(c -> byInput.put(new TaskInput(c.lead().value(), taskProperties(c.task().orElseThrow())), c));
            List<HubSpotObject> tasks = withBodies(client.createTasks(List.copyOf(byInput.keySet()),
                    inputs -> notYetCreated(inputs, byInput, created)));
            // HubSpot does not promise the order of a batch create's results: match them by their marker
            for (LeadChange change : batch) {
                String key = change.task().orElseThrow().idempotencyKey();
                tasks.stream().filter(t -> t.property("hs_task_body").filter(b -> TaskMarker.marks(b, key)).isPresent())
                        .findFirst().ifPresent(t -> created.put(change.lead(), t.id()));
            }
        }
        return created;
    }

    /** Before a repeated create: the tasks an earlier attempt did not create (its answer may have been lost). */
    private List<TaskInput> notYetCreated(List<TaskInput> inputs, Map<TaskInput, LeadChange> byInput,
                                          Map<LeadId, String> created) {
        List<TaskInput> missing = new ArrayList<>();
        for (TaskInput input : inputs) {
            LeadChange change = byInput.get(input);
            findTask(change.lead(), change.task().orElseThrow().idempotencyKey())
                    .ifPresentOrElse(id -> created.put(change.lead(), id), () -> missing.add(input));
        }
        return missing;
    }

    /**
     * The created tasks with their bodies: HubSpot's create answer may leave properties out, and then one
     * batch read tells which task is whose (its order is not promised either).
     */
    private List<HubSpotObject> withBodies(List<HubSpotObject> created) {
        if (created.stream().allMatch(t -> t.property("hs_task_body").isPresent())) {
            return created;
        }
        return client.batchRead("tasks", created.stream().map(HubSpotObject::id).toList(), TASK_PROPERTIES);
    }

    private static Map<String, String> taskProperties(HandoffTask task) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("hs_timestamp", task.due().truncatedTo(ChronoUnit.MILLIS).toString());
        properties.put("hs_task_subject", task.subject());
        properties.put("hs_task_body", task.body() + "\n\n" + TaskMarker.line(task.idempotencyKey()));
        properties.put("hs_task_status", "NOT_STARTED");
        properties.put("hs_task_priority", switch (task.priority()) {
            case HIGH -> "HIGH";
            case NORMAL -> "MEDIUM";
            case LOW -> "LOW";
        });
        properties.put("hs_task_type", "TODO");
        task.owner().ifPresent(owner -> properties.put("hubspot_owner_id", owner.value()));
        return properties;
    }

    @Override
    public Optional<String> findTask(LeadId lead, String idempotencyKey) {
        List<String> ids = client.taskIdsOf(lead.value());
        for (int from = 0; from < ids.size(); from += HubSpotClient.BATCH_LIMIT) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + HubSpotClient.BATCH_LIMIT));
            Optional<String> found = client.batchRead("tasks", batch, TASK_PROPERTIES).stream()
                    .filter(t -> t.property("hs_task_body").filter(b -> TaskMarker.marks(b, idempotencyKey)).isPresent())
                    .map(HubSpotObject::id).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
