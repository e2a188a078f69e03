package io.mqlsync.salesforce;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectionException;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
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
 * per-record error becomes a failed result with its status code.
 * <p>
 * With {@link AssignmentRules} the org's Lead assignment rule picks the owner of a qualifying lead: its update
 * (all but the MQL status) goes in calls of its own carrying the {@code AssignmentRuleHeader}, so a lead that
 * is merely rescored is never reassigned; the owners are read back in one query per 200 leads; the task is
 * created for the lead's new owner (the integration user when the rule chose a queue, as a task cannot be
 * owned by a lead queue); the MQL status goes last, with the ordinary updates. The result reports the owner
 * the rule chose. Not thread-safe.
 */
final class SalesforceLeadSink implements LeadSink {
    static final int MAX_BATCH = 200;
    static final String UNMAPPED = "MQLSYNC_UNMAPPED_FIELD";
    /** Key prefix of User ids; a lead's other possible owner, a queue, is a Group ({@code 00G}). */
    static final String USER_KEY_PREFIX = "005";

    private final SalesforceSession session;
    private final LeadChangeRecords records;
    private final HandoffTaskRecords tasks;
    private final Optional<AssignmentRules> assignmentRules;

    SalesforceLeadSink(SalesforceSession session, LeadChangeRecords records, HandoffTaskRecords tasks,
                       Optional<AssignmentRules> assignmentRules) {
        this.session = session;
        this.records = records;
        this.tasks = tasks;
        this.assignmentRules = assignmentRules;
    }

    @Override
    public List<WriteResult> write(List<LeadChange> changes) {
        WriteResult[] results = new WriteResult[changes.size()];
        List<LeadChange> plain = new ArrayList<>(changes);
        Map<Integer, OwnerId> assigned = assignmentRules.map(rules -> assign(rules, changes, plain, results)).orElse(Map.of());
        Map<Integer, String> taskIds = createTasks(changes, results, assigned);
        List<Integer> pending = new ArrayList<>();
        List<SObject> updates = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (results[i] != null) {
                continue;
            }
            LeadChange change = plain.get(i);
            Optional<String> taskId = Optional.ofNullable(taskIds.get(i));
            switch (records.toUpdate(change)) {
                case LeadChangeRecords.Mapped.Unmapped u -> results[i] = new WriteResult(change.lead(), taskId,
                        unmapped(change.lead(), u.property()).failure(), Optional.ofNullable(assigned.get(i)));
                case LeadChangeRecords.Mapped.Update u when u.record().isEmpty() ->
                        results[i] = new WriteResult(change.lead(), taskId, Optional.empty(), Optional.ofNullable(assigned.get(i)));
                case LeadChangeRecords.Mapped.Update u -> {
                    pending.add(i);
                    updates.add(u.record().get());
                }
            }
        }
        List<SaveOutcome> outcomes = save("lead.update", updates, Optional.empty());
        for (int k = 0; k < pending.size(); k++) {
            int i = pending.get(k);
            results[i] = new WriteResult(changes.get(i).lead(), Optional.ofNullable(taskIds.get(i)), outcomes.get(k).failure(),
                    Optional.ofNullable(assigned.get(i)));
        }
        return List.of(results);
    }

    /**
     * Runs the assignment rule on the qualifying changes and reads their new owners; {@code plain} gets what is
     * left of each for the ordinary update (the MQL status), and a change the rule's update refused its result.
     *
     * @return the owner each assigned change's lead has now, by position
     */
    private Map<Integer, OwnerId> assign(AssignmentRules rules, List<LeadChange> changes, List<LeadChange> plain,
                                         WriteResult[] results) {
        List<Integer> pending = new ArrayList<>();
        List<SObject> updates = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            LeadChange change = changes.get(i);
            if (!records.qualifies(change)) {
                continue;
            }
            LeadChangeRecords.Handoff handoff = records.split(change);
            plain.set(i, handoff.status());
            switch (records.toUpdate(handoff.assignment())) {
                case LeadChangeRecords.Mapped.Unmapped u -> results[i] = unmapped(change.lead(), u.property());
                case LeadChangeRecords.Mapped.Update u -> {
                    pending.add(i);
                    updates.add(u.record().orElseGet(() -> records.idOnly(change.lead())));
                }
            }
        }
        List<SaveOutcome> outcomes = save("lead.assign", updates, Optional.of(rules));
        List<Integer> saved = new ArrayList<>();
        for (int k = 0; k < pending.size(); k++) {
            int i = pending.get(k);
            outcomes.get(k).failure().ifPresentOrElse(
                    f -> results[i] = new WriteResult(changes.get(i).lead(), Optional.empty(), Optional.of(f)), () -> saved.add(i));
        }
        Map<String, OwnerId> owners = owners(saved.stream().map(i -> changes.get(i).lead().value()).toList());
        Map<Integer, OwnerId> assigned = new HashMap<>();
        saved.forEach(i -> Optional.ofNullable(owners.get(idKey(changes.get(i).lead().value()))).ifPresent(o -> assigned.put(i, o)));
        return assigned;
    }

    /** The leads' owners as Salesforce holds them now, by {@link #idKey}: one query per 200 leads. */
    private Map<String, OwnerId> owners(List<String> leads) {
        Map<String, OwnerId> owners = new HashMap<>();
        for (int from = 0; from < leads.size(); from += MAX_BATCH) {
            for (String in : Soql.inLists(leads.subList(from, Math.min(leads.size(), from + MAX_BATCH)), Soql.MAX_IN_LIST_CHARS)) {
                String soql = "SELECT Id, OwnerId FROM " + records.objectName() + " WHERE Id IN (" + in + ")";
                for (SObject lead : queryAll("lead.owners", soql)) {
                    SObjectValues.text(lead, "OwnerId").ifPresent(o -> owners.put(idKey(lead.getId()), new OwnerId(o)));
                }
            }
        }
        return owners;
    }

    /** Salesforce answers with 18-character ids; the first 15 identify a record as well. */
    private static String idKey(String id) {
        return id.substring(0, Math.min(15, id.length()));
    }

    private static WriteResult unmapped(LeadId lead, String property) {
        return new WriteResult(lead, Optional.empty(),
                Optional.of(new WriteResult.Failure(UNMAPPED, "no Salesforce field is mapped for " + property)));
    }

    /**
     * Creates the tasks of the changes not failed yet; a change whose task failed gets its failed result now and
     * is not updated. Where the assignment rule chose the owner, the task is its: a user's own, else the
     * integration user's (Salesforce's default when a task names no owner).
     */
    private Map<Integer, String> createTasks(List<LeadChange> changes, WriteResult[] results, Map<Integer, OwnerId> assigned) {
        List<Integer> withTask = IntStream.range(0, changes.size())
                .filter(i -> results[i] == null && changes.get(i).task().isPresent()).boxed().toList();
        Map<Integer, String> ids = new HashMap<>();
        for (int from = 0; from < withTask.size(); from += MAX_BATCH) {
            List<Integer> chunk = withTask.subList(from, Math.min(withTask.size(), from + MAX_BATCH));
            List<PlannedTask> planned = chunk.stream().map(i -> new PlannedTask(changes.get(i).lead(),
                    ownedBy(changes.get(i).task().orElseThrow(), assigned.get(i)))).toList();
            List<SaveOutcome> outcomes = createOnce(planned);
            for (int k = 0; k < chunk.size(); k++) {
                int i = chunk.get(k);
                SaveOutcome outcome = outcomes.get(k);
                if (outcome.failure().isPresent()) {
                    results[i] = new WriteResult(changes.get(i).lead(), Optional.empty(), outcome.failure(),
                            Optional.ofNullable(assigned.get(i)));
                } else {
                    ids.put(i, outcome.id().orElseThrow());
                }
            }
        }
        return ids;
    }

    /** The task as planned, or for the owner the assignment rule chose (none for a queue: see the class doc). */
    private HandoffTask ownedBy(HandoffTask task, OwnerId assigned) {
        if (assignmentRules.isEmpty()) {
            return task;
        }
        Optional<OwnerId> owner = Optional.ofNullable(assigned).filter(o -> o.value().startsWith(USER_KEY_PREFIX));
        return new HandoffTask(task.idempotencyKey(), owner, task.due(), task.priority(), task.subject(), task.body(),
                task.dueZone());
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

    /** Updates in chunks; with {@code rules}, every call (retries too) carries the header, and only those calls. */
    private List<SaveOutcome> save(String operation, List<SObject> all, Optional<AssignmentRules> rules) {
        List<SaveOutcome> outcomes = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += MAX_BATCH) {
            List<SObject> chunk = all.subList(from, Math.min(all.size(), from + MAX_BATCH));
            outcomes.addAll(session.callPerItem(CallKind.WRITE, operation, chunk, batch -> connection -> {
                rules.ifPresent(r -> r.applyTo(connection));
                try {
                    SaveResult[] saved = connection.update(batch.toArray(SObject[]::new));
                    return Arrays.stream(saved).map(SaveOutcome::of).toList();
                } finally {
                    AssignmentRules.clear(connection);
                }
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
        return queryAll("task.query", "SELECT Id, Description FROM Task WHERE WhoId = " + Soql.quote(lead.value())).stream()
                .filter(t -> SObjectValues.text(t, "Description").flatMap(HandoffTaskRecords::keyOf)
                        .filter(idempotencyKey::equals).isPresent())
                .map(SObject::getId).findFirst();
    }

    private List<SObject> queryAll(String operation, String soql) {
        List<SObject> all = new ArrayList<>();
        QueryResult page = session.call(CallKind.READ, operation, c -> c.query(soql));
        all.addAll(SalesforceLeadReader.records(page.getRecords()));
        while (!page.isDone() && page.getQueryLocator() != null) {
            String locator = page.getQueryLocator();
            page = session.call(CallKind.READ, operation + "More", c -> c.queryMore(locator));
            all.addAll(SalesforceLeadReader.records(page.getRecords()));
        }
        return all;
    }

    private record PlannedTask(LeadId lead, HandoffTask task) {
    }
}
