package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.LeadAssignmentRule;
import io.mqlsync.sandbox.salesforce.LeadStatusValue;
import io.mqlsync.sandbox.salesforce.RecordErrorRule;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.SoapWrite;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.SalesforceIds;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import io.mqlsync.sandbox.salesforce.internal.soql.BoundQuery;
import io.mqlsync.sandbox.salesforce.internal.soql.QueryRow;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlBinder;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlException;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlParser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The in-memory org behind the fake Salesforce: records, sessions, API usage, query cursors and error rules.
 * Thread-safe: every operation holds the org's lock, so concurrent calls see each other whole.
 */
public final class SalesforceOrg {
    /** Salesforce's default maximum length of a SOQL statement. */
    static final int MAX_SOQL_LENGTH = 100_000;
    /** The most ids one {@code retrieve} takes. */
    static final int MAX_RETRIEVE_IDS = 2_000;
    /** The most objects one {@code describeSObjects} takes. */
    static final int MAX_DESCRIBE_TYPES = 100;

    private final SalesforceSandboxOptions options;
    private final Clock clock;
    private final StandardObjects objects;
    private final OrgRecords records = new OrgRecords();
    private final RecordSaver saver;
    private final DataLoader loader;
    private final SessionRegistry sessions;
    private final ApiUsage usage;
    private final QueryCursors cursors;
    private final RuleBook rules;
    private final CallRuleBook callRules;
    private final RecordingJournal journal;
    private final AssignmentRules assignmentRules;
    private final String orgId;
    private final String integrationUserId;

    /** Creates the org with its integration user and Lead Status values. */
    public SalesforceOrg(SalesforceSandboxOptions options) {
        this.options = options;
        this.journal = new RecordingJournal(options.writeHistoryLimit());
        this.clock = options.clock();
        this.objects = new StandardObjects(options);
        this.saver = new RecordSaver(objects, records, clock);
        this.loader = new DataLoader(objects, records, saver, clock);
        this.orgId = SalesforceIds.to18("00D5g" + "000000MQLS");
        this.sessions = new SessionRegistry(orgId, options.sessionTimeout(), clock);
        this.usage = new ApiUsage(options.dailyApiRequestLimit(), clock);
        this.cursors = new QueryCursors(records, clock);
        this.rules = new RuleBook(options.seed());
        this.callRules = new CallRuleBook(options.seed());
        this.assignmentRules = new AssignmentRules(options.leadAssignmentRules(), objects, records);
        // the org's first user creates and owns itself
        this.integrationUserId = loader.insert("User", userValues(options.username(), "Integration", "User", true),
                Optional.empty());
        int order = 1;
        for (LeadStatusValue s : options.leadStatuses()) {
            insertRaw("LeadStatus", Map.of("MasterLabel", s.label(), "ApiName", s.label(), "IsConverted",
                    s.converted(), "IsDefault", order == 1, "SortOrder", order++));
        }
    }

    /** @return the journal of what the org served */
    public RecordingJournal journal() {
        return journal;
    }

    /** @return the 18-character org id */
    public String orgId() {
        return orgId;
    }

    /** @return the integration user's id */
    public String integrationUserId() {
        return integrationUserId;
    }

    /** @return the options the org was made with */
    public SalesforceSandboxOptions options() {
        return options;
    }

    /** @return the org's clock */
    public Clock clock() {
        return clock;
    }

    // ---- API side --------------------------------------------------------------------------------------------

    /** @return a new session for the active user with this username, empty when there is none */
    public synchronized Optional<String> openSession(String username) {
        return userByUsername(username).filter(u -> u.get("IsActive").map(Boolean.TRUE::equals).orElse(false))
                .map(u -> sessions.open(u.id()));
    }

    /**
     * Serves one SOAP request.
     *
     * @return the response envelope
     * @throws SoapFault when the call fails whole
     */
    public synchronized String serve(SoapRequest request) {
        SoapOperation op = SoapOperation.ofElement(request.operation()).orElseThrow(() -> SoapFault.of(
                "UNKNOWN_EXCEPTION", SoapFault.Type.UnexpectedErrorFault, request.operation().equals("login")
                        ? "SOAP login is not available from API 65.0 on: authenticate with OAuth 2.0"
                        : "operation " + request.operation() + " is not served by this sandbox"));
        journal.call(op);
        String token = request.sessionId().orElseThrow(SoapFault::invalidSession);
        callRules.fire(op).ifPresent(rule -> bringAbout(rule, token));
        String userId = sessions.use(token);
        usage.count();
        return PartnerResponses.envelope(usage.current(), usage.limit(), answer(op, request, userId));
    }

    private void bringAbout(SoapCallRule rule, String token) {
        switch (rule.effect()) {
            case EXPIRE_SESSION -> sessions.expire(token);
            case EXHAUST_DAILY_LIMIT -> usage.set(usage.limit());
            case FAULT -> throw SoapFault.of(rule.exceptionCode(), SoapFault.Type.UnexpectedErrorFault,
                    rule.message());
        }
    }

    private String answer(SoapOperation op, SoapRequest request, String userId) {
        int batch = request.batchSize().orElse(QueryCursors.DEFAULT_BATCH);
        return switch (op) {
            case QUERY -> PartnerResponses.query("queryResponse",
                    query(userId, request.text("queryString").orElse(""), batch));
            case QUERY_MORE -> PartnerResponses.query("queryMoreResponse",
                    cursors.more(userId, request.text("queryLocator").orElse("").trim(), batch));
            case CREATE, UPDATE -> PartnerResponses.save(op.element() + "Response",
                    save(op, request.sObjects(), userId, new SaveContext(SoapWrite.Origin.API, rules, request.allOrNone()
                            ? RecordSaver.Atomicity.ALL_OR_NONE : RecordSaver.Atomicity.PARTIAL, request.assignmentRule())));
            case DESCRIBE_SOBJECT -> DescribeResponse.of(describe(request.text("sObjectType").orElse("").trim()));
            case DESCRIBE_SOBJECTS -> DescribeResponse.of(describeAll(request.texts("sObjectType")));
            case GET_USER_INFO -> PartnerResponses.userInfo(orgId, records.byId(userId).orElseThrow(),
                    options.sessionTimeout().toSeconds());
            case RETRIEVE -> PartnerResponses.retrieve(retrieve(request.text("fieldList").orElse(""),
                    request.text("sObjectType").orElse("").trim(), request.texts("ids")));
            case GET_SERVER_TIMESTAMP -> PartnerResponses.serverTimestamp(clock.instant());
        };
    }

    private QueryPage query(String userId, String soql, int batch) {
        if (soql.length() > MAX_SOQL_LENGTH) {
            throw SoapFault.of("MALFORMED_QUERY", SoapFault.Type.MalformedQueryFault,
                    "SOQL statements cannot be longer than 100,000 characters.");
        }
        BoundQuery bound = bind(soql);
        return cursors.first(userId, bound, bound.run(records.all(bound.from())), batch);
    }

    private BoundQuery bind(String soql) {
        try {
            return new SoqlBinder(objects, records, clock).bind(SoqlParser.parse(soql));
        } catch (SoqlException e) {
            SoapFault.Type type = switch (e.kind()) {
                case MALFORMED_QUERY, INVALID_QUERY_FILTER_OPERATOR -> SoapFault.Type.MalformedQueryFault;
                case INVALID_FIELD -> SoapFault.Type.InvalidFieldFault;
                case INVALID_TYPE -> SoapFault.Type.InvalidSObjectFault;
            };
            // Salesforce echoes the query with a caret under the offending token before its message
            String caret = " ".repeat(Math.max(0, e.column() - 1)) + "^";
            throw new SoapFault(e.kind().name(), type, "\n" + soql + "\n" + caret + "\nERROR at Row:1:Column:"
                    + e.column() + "\n" + e.getMessage(), OptionalInt.of(e.column()));
        }
    }

    /** @return one row per id, in order; empty where no record of that object has the id */
    private List<Optional<QueryRow>> retrieve(String fieldList, String type, List<String> ids) {
        if (ids.size() > MAX_RETRIEVE_IDS) {
            throw SoapFault.of("EXCEEDED_ID_LIMIT", SoapFault.Type.UnexpectedErrorFault,
                    "retrieve is limited to " + MAX_RETRIEVE_IDS + " ids");
        }
        BoundQuery bound = bind("SELECT " + fieldList + " FROM " + type);
        List<Optional<QueryRow>> rows = new ArrayList<>();
        for (String id : ids) {
            // retrieve always carries the Id header, selected or not
            rows.add(records.byId(id).filter(r -> r.schema() == bound.from()).map(bound::project)
                    .map(row -> new QueryRow(row.type(), Optional.of(SalesforceIds.to18(id)), row.cells())));
        }
        return rows;
    }

    private List<SObjectSchema> describeAll(List<String> types) {
        if (types.size() > MAX_DESCRIBE_TYPES) {
            throw SoapFault.of("EXCEEDED_ID_LIMIT", SoapFault.Type.UnexpectedErrorFault,
                    "describeSObjects is limited to " + MAX_DESCRIBE_TYPES + " types");
        }
        return types.stream().map(this::describe).toList();
    }

    private SObjectSchema describe(String type) {
        return objects.object(type).orElseThrow(() -> new SoapFault("INVALID_TYPE", SoapFault.Type.InvalidSObjectFault,
                "sObject type '" + type + "' is not supported.", OptionalInt.of(-1)));
    }

    /** How one save runs: who writes, the injected errors, atomicity and the assignment rule its header names. */
    private record SaveContext(SoapWrite.Origin origin, RuleBook ruleBook, RecordSaver.Atomicity atomicity,
                               Optional<String> assignmentRule) {
    }

    private List<SaveOutcome> save(SoapOperation op, List<SObjectInput> inputs, String userId, SaveContext context) {
        List<SaveOutcome> outcomes = saver.save(op, inputs, userId, context.ruleBook(), context.atomicity());
        context.assignmentRule().flatMap(assignmentRules::named).ifPresent(rule -> outcomes.stream()
                .flatMap(o -> o.id().stream()).flatMap(id -> records.byId(id).stream())
                .filter(r -> r.schema().name().equals("Lead")).forEach(lead -> assignmentRules.run(rule, lead)));
        SoapWrite.Origin origin = context.origin();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<SoapWrite> written = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            SObjectInput in = inputs.get(i);
            SaveOutcome o = outcomes.get(i);
            String type = objects.object(in.type()).map(SObjectSchema::name).orElse(in.type());
            written.add(new SoapWrite(now, origin, op, type, o.id().or(in::id), in.fields(), in.fieldsToNull(),
                    o.errors().stream().findFirst().map(RecordError::statusCode), context.assignmentRule()));
        }
        journal.write(written);
        return outcomes;
    }

    // ---- admin side ------------------------------------------------------------------------------------------

    /**
     * Stores a record as data loading would, read-only and system fields included; missing system fields get
     * the values a create would give.
     *
     * @return the new id
     * @throws IllegalArgumentException for an unknown object or field or a value of the wrong type
     */
    public synchronized String insertRaw(String type, Map<String, ?> values) {
        return loader.insert(type, values, Optional.of(integrationUserId));
    }

    /**
     * Updates a record as a sales rep in the UI would: the same checks as the API, no injected errors.
     *
     * @throws IllegalArgumentException naming the status code when the org refuses the change
     */
    public synchronized void patch(String id, Map<String, Optional<String>> changes) {
        OrgRecord record = records.byId(id).orElseThrow(() -> new IllegalArgumentException("no record " + id));
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> toNull = new ArrayList<>();
        changes.forEach((name, value) -> {
            if (value.isPresent()) {
                fields.put(name, value.get());
            } else {
                toNull.add(name);
            }
        });
        SObjectInput in = new SObjectInput(record.schema().name(), Optional.of(record.id()), fields, toNull);
        SaveOutcome o;
        try {
            o = save(SoapOperation.UPDATE, List.of(in), integrationUserId, new SaveContext(SoapWrite.Origin.ADMIN,
                    new RuleBook(0), RecordSaver.Atomicity.PARTIAL, Optional.empty())).get(0);
        } catch (SoapFault f) {
            throw new IllegalArgumentException("the org refused the change: " + f.code() + ": " + f.getMessage(), f);
        }
        if (!o.success()) {
            throw new IllegalArgumentException("the org refused the change: " + o.errors().get(0).statusCode()
                    + ": " + o.errors().get(0).message());
        }
    }

    /** @return whether the org's object has the field, as describe would list it */
    public boolean hasField(String type, String field) {
        return objects.object(type).flatMap(o -> o.field(field)).isPresent();
    }

    /**
     * Converts a lead as a sales rep would (see {@link LeadConverter}).
     *
     * @return the new Contact's id
     * @throws IllegalArgumentException when the id is not an unconverted lead
     */
    public synchronized String convertLead(String leadId, Map<String, ?> opportunity) {
        return new LeadConverter(records, loader, clock, options.leadStatuses()).convert(leadId, integrationUserId,
                opportunity);
    }

    /**
     * Deletes a record as a user would (a merge or clean-up between a client's read and its write).
     *
     * @throws IllegalArgumentException when no live record has the id
     */
    public synchronized void delete(String id) {
        if (!records.delete(id)) {
            throw new IllegalArgumentException("no record " + id);
        }
    }

    /** @return a copy of the record's non-empty values, by canonical field name */
    public synchronized Optional<Map<String, Object>> record(String id) {
        return records.byId(id).map(r -> Map.copyOf(r.values()));
    }

    /** @return copies of every record of the object, in creation order */
    public synchronized List<Map<String, Object>> records(String type) {
        SObjectSchema schema = objects.object(type)
                .orElseThrow(() -> new IllegalArgumentException("no object " + type + " in the sandbox org"));
        return records.all(schema).stream().map(r -> Map.copyOf(r.values())).toList();
    }

    /** @return every object's records, by object name */
    public synchronized Map<String, List<Map<String, Object>>> dump() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        for (SObjectSchema schema : objects.all()) {
            all.put(schema.name(), records(schema.name()));
        }
        return all;
    }

    /** Adds a per-record error rule. */
    public synchronized void addRule(RecordErrorRule rule) {
        rules.add(rule);
    }

    /** Removes every per-record error rule and every call rule. */
    public synchronized void clearRules() {
        rules.clear();
        callRules.clear();
    }

    /** Adds a Lead assignment rule; see {@link LeadAssignmentRule}. */
    public synchronized void addLeadAssignmentRule(LeadAssignmentRule rule) {
        assignmentRules.add(rule);
    }

    /** Adds a whole-call rule. */
    public synchronized void addCallRule(SoapCallRule rule) {
        callRules.add(rule);
    }

    /** Ends every session. */
    public synchronized void expireSessions() {
        sessions.expireAll();
    }

    /** Ends one session. */
    public synchronized void expireSession(String token) {
        sessions.expire(token);
    }

    /** @return API requests counted in the rolling 24 hours */
    public synchronized long apiUsage() {
        return usage.current();
    }

    /** Sets the API requests counted in the rolling 24 hours. */
    public synchronized void setApiUsage(long used) {
        usage.set(used);
    }

    /** @return values of a new User record */
    public static Map<String, Object> userValues(String email, String firstName, String lastName, boolean active) {
        return Map.of("Username", email, "Email", email, "FirstName", firstName, "LastName", lastName,
                "IsActive", active, "UserType", "Standard");
    }

    /** @return the user with this username, any case */
    public synchronized Optional<OrgRecord> userByUsername(String username) {
        return objects.object("User").stream().flatMap(u -> records.all(u).stream())
                .filter(u -> u.get("Username").map(n -> n.toString().equalsIgnoreCase(username)).orElse(false))
                .findFirst();
    }
}
