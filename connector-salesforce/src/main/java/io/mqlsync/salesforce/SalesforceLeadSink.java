package io.mqlsync.salesforce;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.HandoffTaskRecords;
import io.mqlsync.salesforce.mapping.LeadChangeRecords;
import io.mqlsync.salesforce.mapping.SalesforceLeadReader;
import io.mqlsync.salesforce.mapping.SObjectValues;
import io.mqlsync.salesforce.mapping.Soql;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes changes with {@code create} (handoff tasks) and {@code update} (the record), at most 200 records a
 * call, per-record results by position. A task is created before its record is updated: if the update then
 * fails, the next run plans the same transition again and {@link #findTask} finds the task, so there is
 * never a second one. {@code UNABLE_TO_LOCK_ROW} records are sent again by the call policy; every other
 * per-record error becomes a failed result with its status code. Not thread-safe.
 */
final class SalesforceLeadSink implements LeadSink {
    static final int MAX_BATCH = 200;
    static final String UNMAPPED = "MQLSYNC_UNMAPPED_FIELD";

    private final SalesforceSession session;
    private final LeadChangeRecords records;
    private final HandoffTaskRecords tasks;

    SalesforceLeadSink(SalesforceSession session, LeadChangeRecords records, HandoffTaskRecords tasks) {
        this.session = session;
        this.records = records;
        this.tasks = tasks;
    }

    @Override
    public List<WriteResult> write(List<LeadChange> changes) {
        WriteResult[] results = new WriteResult[changes.size()];
        Map<Integer, String> taskIds = createTasks(changes, results);
        List<Integer> pending = new ArrayList<>();
        List<SObject> updates = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            LeadChange change = changes.get(i);
            Optional<String> taskId = Optional.ofNullable(taskIds.get(i));
            switch (records.toUpdate(change)) {
                case LeadChangeRecords.Mapped.Unmapped u -> results[i] = new WriteResult(change.lead(), taskId,
                        Optional.of(new WriteResult.Failure(UNMAPPED, "no Salesforce field is mapped for " + u.property())));
                case LeadChangeRecords.Mapped.Update u when u.record().isEmpty() ->
                        results[i] = new WriteResult(change.lead(), taskId, Optional.empty());
                case LeadChangeRecords.Mapped.Update u -> {
                    pending.add(i);
                    updates.add(u.record().get());
                }
            }
        }
        List<SaveOutcome> outcomes = save("lead.update", updates);
        for (int k = 0; k < pending.size(); k++) {
            int i = pending.get(k);
            results[i] = new WriteResult(changes.get(i).lead(), Optional.ofNullable(taskIds.get(i)), outcomes.get(k).failure());
        }
        return List.of(results);
    }

    /** Creates the changes' tasks; a change whose task failed gets its failed result now and is not updated. */
    private Map<Integer, String> createTasks(List<LeadChange> changes, WriteResult[] results) {
        List<Integer> withTask = IntStream.range(0, changes.size()).filter(i -> changes.get(i).task().isPresent()).boxed().toList();
        Map<Integer, String> ids = new HashMap<>();
        for (int from = 0; from < withTask.size(); from += MAX_BATCH) {
            List<Integer> chunk = withTask.subList(from, Math.min(withTask.size(), from + MAX_BATCH));
            List<PlannedTask> planned = chunk.stream()
                    .map(i -> new PlannedTask(changes.get(i).lead(), changes.get(i).task().orElseThrow())).toList();
            List<SaveOutcome> outcomes = createOnce(planned);
            for (int k = 0; k < chunk.size(); k++) {
                int i = chunk.get(k);
                SaveOutcome outcome = outcomes.get(k);
                if (outcome.failure().isPresent()) {
                    results[i] = new WriteResult(changes.get(i).lead(), Optional.empty(), outcome.failure());
                } else {
                    ids.put(i, outcome.id().orElseThrow());
                }
            }
        }
        return ids;
    }

    /**
     * Creates tasks so that a retried call never duplicates one: from the second attempt on (the first may
     * have been saved with its answer lost), tasks already in the org are looked up by key first.
     */
    private List<SaveOutcome> createOnce(List<PlannedTask> planned) {
        int[] attempts = {0};
        return session.callPerItem(CallKind.WRITE, "task.create", planned, batch -> connection -> {
            attempts[0]++;
            Map<String, String> existing = attempts[0] > 1 ? existingTasks(connection, batch) : Map.of();
            List<PlannedTask> missing = batch.stream().filter(p -> !existing.containsKey(p.task().idempotencyKey())).toList();
            SObject[] created = missing.stream().map(p -> tasks.toTask(p.lead(), p.task())).toArray(SObject[]::new);
            List<SaveOutcome> saved = created.length == 0 ? List.of()
                    : Arrays.stream(connection.create(created)).map(SaveOutcome::of).toList();
            List<SaveOutcome> out = new ArrayList<>();
            int next = 0;
            for (PlannedTask p : batch) {
                String found = existing.get(p.task().idempotencyKey());
                out.add(found != null ? SaveOutcome.saved(found) : saved.get(next++));
            }
            return out;
        }, SaveOutcome::isLockRow);
    }

    /** Part of the retried attempt itself, so it runs on the attempt's connection rather than as a call of its own. */
    private static Map<String, String> existingTasks(PartnerConnection connection, List<PlannedTask> batch)
            throws ConnectionException {
        Map<String, String> found = new HashMap<>();
        List<String> leads = batch.stream().map(p -> p.lead().value()).distinct().toList();
        for (String in : Soql.inLists(leads, Soql.MAX_IN_LIST_CHARS)) {
            QueryResult page = connection.query("SELECT Id, Description FROM Task WHERE WhoId IN (" + in + ")");
            while (true) {
                for (SObject task : SalesforceLeadReader.records(page.getRecords())) {
                    SObjectValues.text(task, "Description").flatMap(HandoffTaskRecords::keyOf)
                            .ifPresent(key -> found.put(key, task.getId()));
                }
                if (page.isDone() || page.getQueryLocator() == null) {
                    break;
                }
                page = connection.queryMore(page.getQueryLocator());
            }
        }
        return found;
    }

    private List<SaveOutcome> save(String operation, List<SObject> all) {
        List<SaveOutcome> outcomes = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            List<SObject> chunk = all.subList(from, Math.min(all.size(), from + MAX_BATCH));
            outcomes.addAll(session.callPerItem(CallKind.WRITE, operation, chunk, batch -> connection -> {
                SaveResult[] saved = connection.update(batch.toArray(SObject[]::new));
                return Arrays.stream(saved).map(SaveOutcome::of).toList();
            }, SaveOutcome::isLockRow));
        }
        return outcomes;
    }

    @Override
    public Optional<String> findTask(LeadId lead, String idempotencyKey) {
        if (!Soql.isId(lead.value())) {
            return Optional.empty();
        }
        // Description is a long text area, which SOQL cannot filter on: read the lead's tasks and match the marker.
        return queryAll("SELECT Id, Description FROM Task WHERE WhoId = " + Soql.quote(lead.value())).stream()
                .filter(t -> SObjectValues.text(t, "Description").flatMap(HandoffTaskRecords::keyOf)
                        .filter(idempotencyKey::equals).isPresent())
                .map(SObject::getId).findFirst();
    }

    private List<SObject> queryAll(String soql) {
        List<SObject> all = new ArrayList<>();
        QueryResult page = session.call(CallKind.READ, "task.query", c -> c.query(soql));
        all.addAll(SalesforceLeadReader.records(page.getRecords()));
        while (!page.isDone() && page.getQueryLocator() != null) {
            String locator = page.getQueryLocator();
            page = session.call(CallKind.READ, "task.queryMore", c -> c.queryMore(locator));
            all.addAll(SalesforceLeadReader.records(page.getRecords()));
        }
        return all;
    }

    private record PlannedTask(LeadId lead, HandoffTask task) {
    }
}
