package io.mqlsync.core.sync;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.LeadSink;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.core.spi.OwnerDirectory;
import io.mqlsync.core.spi.SchemaSetup;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A CRM held in memory for engine tests: records as property strings the way a CRM holds them, written
 * changes applied to them (so the next read sees what was written), tasks created with their keys,
 * every write call recorded. Faults can be injected: records whose write is refused, a whole write call
 * that throws, a record whose engagement is garbage. Our own writes count as modifications, as they do
 * in HubSpot, so the next incremental read sees them again. Thread-safe: the engine reads the next
 * page while it writes the current one.
 */
public final class FakeCrm implements CrmAdapter, LeadSource, EngagementSource, LeadSink, OutcomeSource {
    private final WriteBackConfig names = WriteBackConfig.defaults();
    private final Clock clock;
    private final Map<String, Lead> leads = new TreeMap<>();
    private final List<CrmOwner> owners = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Map<String, Deal> deals = new TreeMap<>();
    private final List<List<LeadId>> outcomeCalls = new ArrayList<>();
    private Optional<Supplier<RuntimeException>> outcomeFault = Optional.empty();
    private final List<List<LeadId>> writeCalls = new ArrayList<>();
    private final Set<LeadId> refused = new HashSet<>();
    private final Set<LeadId> poisoned = new HashSet<>();
    private final Map<Integer, Supplier<RuntimeException>> writeFaults = new HashMap<>();
    private int writeAttempts;
    private Optional<Crash> crash = Optional.empty();
    private Optional<OwnerId> assigning = Optional.empty();

    private record Crash(int afterChanges, Supplier<? extends Error> error) {
    }
    private long sequence;
    private int pageReads;

    public FakeCrm(Clock clock) {
        this.clock = clock;
    }

    /** A lead's state as the CRM holds it. */
    public record Snapshot(Map<String, String> properties, Optional<OwnerId> owner) {
    }

    /** A task the CRM created. */
    public record Task(String id, LeadId lead, String key, Optional<OwnerId> owner, Instant due) {
    }

    private static final class Lead {
        final LeadId id;
        final Map<String, Object> fields;
        final List<Event> events = new ArrayList<>();
        final Map<String, String> properties = new TreeMap<>();
        Optional<OwnerId> owner = Optional.empty();
        long modified;
        Instant modifiedAt;

        Lead(LeadId id, Map<String, Object> fields) {
            this.id = id;
            this.fields = new HashMap<>(fields);
        }
    }

    public synchronized FakeCrm owner(String id, String email) {
        owners.add(new CrmOwner(new OwnerId(id), Optional.of(new OwnerEmail(email)), OwnerRoster.Status.ACTIVE,
                CrmOwner.Kind.PERSON));
        return this;
    }

    /** Adds (or replaces) a lead with these canonical fields; lifecycle stage {@code lead}, status NEW... none. */
    public synchronized FakeCrm lead(String id, Map<String, Object> fields) {
        Lead lead = new Lead(new LeadId(id), fields);
        lead.properties.put(CanonicalField.LIFECYCLE_STAGE, "lead");
        leads.put(id, lead);
        touch(lead);
        return this;
    }

    /** The lead did something. Engagement changes no property, as in HubSpot. */
    public synchronized FakeCrm event(String id, Event event) {
        leads.get(id).events.add(event);
        return this;
    }

    /** Someone in the CRM (sales) sets a property; the record counts as modified. */
    public synchronized FakeCrm set(String id, String property, String value) {
        Lead lead = leads.get(id);
        lead.properties.put(property, value);
        touch(lead);
        return this;
    }

    /** Writes of this lead are refused with a validation error until {@link #accept}. */
    public synchronized FakeCrm refuse(String id) {
        refused.add(new LeadId(id));
        return this;
    }

    public synchronized FakeCrm accept(String id) {
        refused.remove(new LeadId(id));
        return this;
    }

    /** The lead's engagement comes back as garbage that the engine cannot process. */
    public synchronized FakeCrm poison(String id) {
        poisoned.add(new LeadId(id));
        return this;
    }

    /** The lead's engagement reads cleanly again. */
    public synchronized FakeCrm cure(String id) {
        poisoned.remove(new LeadId(id));
        return this;
    }

    /** The next write call throws this instead of writing. */
    public synchronized FakeCrm failNextWrite(Supplier<RuntimeException> fault) {
        return failWriteCall(writeAttempts + 1, fault);
    }

    /** The {@code call}-th write call (from 1, counting every call made so far) throws this instead of writing. */
    public synchronized FakeCrm failWriteCall(int call, Supplier<RuntimeException> fault) {
        writeFaults.put(call, fault);
        return this;
    }

    /**
     * The next write call applies its first {@code afterChanges} changes (tasks included) and then the
     * process dies: what a {@code kill -9} in the middle of a batch leaves in the CRM.
     */
    public synchronized FakeCrm crashDuringNextWrite(int afterChanges, Supplier<? extends Error> error) {
        crash = Optional.of(new Crash(afterChanges, error));
        return this;
    }

    /**
     * Adds or replaces a deal of a lead. Like an opportunity closing in Salesforce, it does not touch the
     * lead: the incremental stream does not see it.
     */
    public synchronized FakeCrm deal(Deal deal) {
        deals.put(deal.lead().value() + "/" + deal.id(), deal);
        return this;
    }

    /** Every read of deals throws this until {@link #readOutcomes()}. */
    public synchronized FakeCrm failOutcomes(Supplier<RuntimeException> fault) {
        outcomeFault = Optional.of(fault);
        return this;
    }

    public synchronized FakeCrm readOutcomes() {
        outcomeFault = Optional.empty();
        return this;
    }

    /** The leads asked about in each read of deals, in order. */
    public synchronized List<List<LeadId>> outcomeCalls() {
        return List.copyOf(outcomeCalls);
    }

    public synchronized List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** The ids of the leads of each write call, in order. */
    public synchronized List<List<LeadId>> writeCalls() {
        return List.copyOf(writeCalls);
    }

    public synchronized Optional<String> property(String id, String property) {
        return Optional.ofNullable(leads.get(id).properties.get(property));
    }

    public synchronized Optional<OwnerId> ownerOf(String id) {
        return leads.get(id).owner;
    }

    /** Every lead's properties and owner, by id: what a crash must not change. */
    public synchronized Map<String, Snapshot> state() {
        Map<String, Snapshot> state = new TreeMap<>();
        leads.forEach((id, lead) -> state.put(id, new Snapshot(Map.copyOf(lead.properties), lead.owner)));
        return state;
    }

    // --- LeadSource

    @Override
    public synchronized LeadPage changed(Optional<Cursor> after, int pageSize) {
        read();
        long from = after.map(c -> Long.parseLong(c.value())).orElse(0L);
        List<Lead> changed = leads.values().stream().filter(l -> l.modified > from)
                .sorted(Comparator.comparingLong(l -> l.modified)).toList();
        List<Lead> page = changed.subList(0, Math.min(pageSize, changed.size()));
        long resume = page.isEmpty() ? from : page.getLast().modified;
        return new LeadPage(page.stream().map(this::source).toList(), new Cursor(Long.toString(resume)),
                changed.size() > page.size());
    }

    @Override
    public synchronized LeadPage all(Optional<Cursor> after, Optional<Instant> modifiedSince, int pageSize) {
        return byId(after, pageSize, l -> modifiedSince.map(s -> !l.modifiedAt.isBefore(s)).orElse(true));
    }

    @Override
    public synchronized LeadPage dueForRescore(Instant now, Optional<Cursor> after, int pageSize) {
        String name = names.name(WrittenProperty.NEXT_RESCORE_AT);
        return byId(after, pageSize, l -> Optional.ofNullable(l.properties.get(name))
                .map(at -> !Instant.parse(at).isAfter(now)).orElse(false));
    }

    private LeadPage byId(Optional<Cursor> after, int pageSize, Predicate<Lead> filter) {
        read();
        String from = after.map(Cursor::value).orElse("");
        List<Lead> matching = leads.values().stream().filter(l -> l.id.value().compareTo(from) > 0).filter(filter).toList();
        List<Lead> page = matching.subList(0, Math.min(pageSize, matching.size()));
        String resume = page.isEmpty() ? from : page.getLast().id.value();
        return new LeadPage(page.stream().map(this::source).toList(), new Cursor(resume), matching.size() > page.size());
    }

    @Override
    public synchronized Optional<SourceLead> get(LeadId id) {
        return Optional.ofNullable(leads.get(id.value())).map(this::source);
    }

    // --- EngagementSource

    @Override
    public synchronized Engagement eventsFor(List<SourceLead> page, Instant now) {
        Map<LeadId, List<Event>> events = new HashMap<>();
        for (SourceLead lead : page) {
            List<Event> list = new ArrayList<>(leads.get(lead.record().id().value()).events);
            if (poisoned.contains(lead.record().id())) {
                list.add(null);
            }
            events.put(lead.record().id(), Collections.unmodifiableList(list));
        }
        return new Engagement(events, Map.of());
    }

    // --- OutcomeSource

    @Override
    public synchronized List<Deal> dealsOf(List<LeadId> ids) {
        if (outcomeFault.isPresent()) {
            throw outcomeFault.get().get();
        }
        outcomeCalls.add(List.copyOf(ids));
        return deals.values().stream().filter(d -> ids.contains(d.lead())).toList();
    }

    /** From now on the CRM's own assignment gives every lead handed off (a change with a task) this owner and reports it. */
    public synchronized FakeCrm assignsHandoffsTo(OwnerId owner) {
        assigning = Optional.of(owner);
        return this;
    }

    // --- LeadSink

    @Override
    public synchronized List<WriteResult> write(List<LeadChange> changes) {
        Supplier<RuntimeException> fault = writeFaults.remove(++writeAttempts);
        if (fault != null) {
            throw fault.get();
        }
        writeCalls.add(changes.stream().map(LeadChange::lead).toList());
        List<WriteResult> results = new ArrayList<>();
        Optional<Crash> dying = crash;
        crash = Optional.empty();
        for (LeadChange change : changes) {
            if (dying.isPresent() && results.size() == dying.get().afterChanges()) {
                throw dying.get().error().get();
            }
            if (refused.contains(change.lead())) {
                results.add(WriteResult.failed(change.lead(), "VALIDATION_ERROR", "Property values were not valid"));
                continue;
            }
            Optional<String> task = apply(change);
            Optional<OwnerId> assigned = change.task().isPresent() ? assigning : Optional.empty();
            assigned.ifPresent(o -> leads.get(change.lead().value()).owner = Optional.of(o));
            results.add(new WriteResult(change.lead(), task, Optional.empty(), assigned));
        }
        return results;
    }

    private Optional<String> apply(LeadChange change) {
        Lead lead = leads.get(change.lead().value());
        change.cleared().forEach(lead.properties::remove);
        if (change.cleared().contains(CanonicalField.OWNER_ID)) {
            lead.owner = Optional.empty();
        }
        lead.properties.putAll(change.properties());
        change.newOwner().ifPresent(o -> lead.owner = Optional.of(o));
        touch(lead);
        return change.task().map(this::create);
    }

    private String create(HandoffTask task) {
        String id = "T" + (tasks.size() + 1);
        LeadId lead = new LeadId(task.idempotencyKey().split(":")[1]);
        tasks.add(new Task(id, lead, task.idempotencyKey(), task.owner(), task.due()));
        return id;
    }

    @Override
    public synchronized Optional<String> findTask(LeadId lead, String idempotencyKey) {
        return tasks.stream().filter(t -> t.key().equals(idempotencyKey)).map(Task::id).findFirst();
    }

    // --- CrmAdapter

    @Override
    public synchronized LeadSource leads() {
        return this;
    }

    @Override
    public synchronized EngagementSource engagement() {
        return this;
    }

    @Override
    public synchronized LeadSink sink() {
        return this;
    }

    @Override
    public synchronized OwnerDirectory owners() {
        return () -> List.copyOf(owners);
    }

    @Override
    public synchronized OutcomeSource outcomes() {
        return this;
    }

    @Override
    public synchronized SchemaSetup schema() {
        throw new UnsupportedOperationException("the fake CRM has no schema to set up");
    }

    @Override
    public synchronized void close() {
        // nothing is held open
    }

    private void read() {
        pageReads++;
        notifyAll();
    }

    /**
     * Waits until {@code count} pages have been read in all.
     *
     * @return whether they were within {@code timeout}
     */
    public synchronized boolean awaitPageReads(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pageReads < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(left / 1_000_000 + 1);
        }
        return true;
    }

    private void touch(Lead lead) {
        lead.modified = ++sequence;
        lead.modifiedAt = clock.instant();
    }

    private SourceLead source(Lead lead) {
        LeadRecord record = new LeadRecord(lead.id, Fields.of(lead.fields));
        CrmState crm = new CrmState(prop(lead, CanonicalField.LEAD_STATUS), prop(lead, CanonicalField.LIFECYCLE_STAGE),
                lead.owner, Optional.empty(), CrmState.Conversion.NOT_CONVERTED);
        WrittenScores scores = new WrittenScores(number(lead, WrittenProperty.FIT_SCORE), number(lead, WrittenProperty.INTENT_SCORE),
                number(lead, WrittenProperty.SCORE), written(lead, WrittenProperty.QUADRANT).map(Quadrant::valueOf),
                written(lead, WrittenProperty.REASONS), written(lead, WrittenProperty.MODEL));
        LeadHistory history = new LeadHistory(instant(lead, WrittenProperty.QUALIFIED_AT), instant(lead, WrittenProperty.RECYCLED_AT),
                (int) number(lead, WrittenProperty.RECYCLE_COUNT).orElse(0),
                written(lead, WrittenProperty.LAST_REJECTION_REASON).map(ReasonCode::new));
        WrittenState state = new WrittenState(written(lead, WrittenProperty.STATUS).map(MqlStatus::valueOf).orElse(MqlStatus.NONE),
                scores, history, instant(lead, WrittenProperty.NEXT_RESCORE_AT),
                written(lead, WrittenProperty.REJECTION_REASON).map(ReasonCode::new));
        return new SourceLead(record, new LeadSnapshot(lead.id, crm, state));
    }

    private static Optional<String> prop(Lead lead, String name) {
        return Optional.ofNullable(lead.properties.get(name));
    }

    private Optional<String> written(Lead lead, WrittenProperty property) {
        return prop(lead, names.name(property));
    }

    private OptionalLong number(Lead lead, WrittenProperty property) {
        return written(lead, property).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    private Optional<Instant> instant(Lead lead, WrittenProperty property) {
        return written(lead, property).map(Instant::parse);
    }
}
