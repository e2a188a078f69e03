package io.mqlsync.sandbox.salesforce;

import io.mqlsync.sandbox.salesforce.internal.SalesforceOrg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The test side of a {@link SalesforceSandbox}, kept apart from the partner API: seeding data, changing records
 * as a sales rep would, injecting errors and expiring sessions, and reading the org's state and journal. Admin
 * calls count no API requests. Thread-safe.
 */
public final class SalesforceAdmin {
    private final SalesforceOrg org;

    SalesforceAdmin(SalesforceOrg org) {
        this.org = org;
    }

    /**
     * Stores a record as a data load would: read-only and system fields (e.g. {@code CreatedDate},
     * {@code IsConverted}, {@code HasResponded}) may be set; what is left out gets the values a create gives.
     * Values are Java values ({@code String}, {@code Boolean}, numbers, {@code Instant}, {@code LocalDate}) or
     * their SOAP text.
     *
     * @return the new record's 18-character id
     * @throws IllegalArgumentException for an unknown object or field, or a value of the wrong type
     */
    public String insert(String sObjectType, Map<String, ?> values) {
        return org.insertRaw(sObjectType, values);
    }

    /** @return whether the org's object has the field (e.g. {@code Opportunity.CurrencyIsoCode} in a multi-currency org) */
    public boolean hasField(String sObjectType, String field) {
        return org.hasField(sObjectType, field);
    }

    /** @return the id of a new User with this username and email */
    public String addUser(String email, String firstName, String lastName, boolean active) {
        return org.insertRaw("User", SalesforceOrg.userValues(email, firstName, lastName, active));
    }

    /** @return the id of a new queue (a {@code Group} of type {@code Queue}) */
    public String addQueue(String name, String email) {
        return org.insertRaw("Group", Map.of("Name", name, "DeveloperName", name.replaceAll("\\W", "_"),
                "Email", email, "Type", "Queue"));
    }

    /** @return the integration user's id: the owner of what the API creates and the run-as user of client credentials */
    public String integrationUserId() {
        return org.integrationUserId();
    }

    /**
     * Sets fields of a record as a sales rep in the UI would (e.g. {@code Status} or a rejection reason), with
     * the same checks as the API; {@code SystemModstamp} moves. Recorded in the journal as an admin write.
     *
     * @throws IllegalArgumentException naming the status code when the org refuses the change
     */
    public void patch(String id, Map<String, String> values) {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        values.forEach((k, v) -> changes.put(k, Optional.of(v)));
        org.patch(id, changes);
    }

    /** Clears fields of a record as a sales rep in the UI would. */
    public void clear(String id, List<String> fields) {
        Map<String, Optional<String>> changes = new LinkedHashMap<>();
        fields.forEach(f -> changes.put(f, Optional.empty()));
        org.patch(id, changes);
    }

    /**
     * Converts a lead: it becomes read-only to the API ({@code CANNOT_UPDATE_CONVERTED_LEAD}) and gets
     * {@code IsConverted}, {@code ConvertedDate}, {@code ConvertedContactId}, {@code ConvertedAccountId} and
     * {@code ConvertedOpportunityId}.
     *
     * @return the id of the Contact created from it
     */
    public String convertLead(String leadId) {
        return org.convertLead(leadId, Map.of());
    }

    /**
     * Converts a lead into an Opportunity with these values (loaded as {@link #insert} loads them: {@code
     * StageName}, {@code Amount}, {@code CloseDate}, {@code CreatedDate}, ...); {@code IsClosed} and
     * {@code IsWon} follow the stage. The new Contact is the opportunity's primary contact role.
     *
     * @return the id of the Contact created from it
     */
    public String convertLead(String leadId, Map<String, ?> opportunity) {
        return org.convertLead(leadId, opportunity);
    }

    /**
     * Deletes a record, as a user merging or cleaning up would: queries no longer return it and updates get
     * {@code ENTITY_IS_DELETED}.
     *
     * @throws IllegalArgumentException when no live record has the id
     */
    public void delete(String id) {
        org.delete(id);
    }

    /** @return a copy of the record's non-empty field values by API name, empty when there is no such record */
    public Optional<Map<String, Object>> record(String id) {
        return org.record(id);
    }

    /** @return copies of every record of the object, in creation order */
    public List<Map<String, Object>> records(String sObjectType) {
        return org.records(sObjectType);
    }

    /** @return every record of the org by object name: the state dump */
    public Map<String, List<Map<String, Object>>> dump() {
        return org.dump();
    }

    /** Adds a per-record error rule; rules are tried in the order added. */
    public void addRecordErrorRule(RecordErrorRule rule) {
        org.addRule(rule);
    }

    /**
     * Adds a Lead assignment rule, as an admin would set one up; see {@link LeadAssignmentRule}.
     *
     * @throws IllegalArgumentException for a second active rule or an id the org has already
     */
    public void addLeadAssignmentRule(LeadAssignmentRule rule) {
        org.addLeadAssignmentRule(rule);
    }

    /** Adds a whole-call rule (session expiry, daily limit exhausted, a fault) on chosen calls. */
    public void addCallRule(SoapCallRule rule) {
        org.addCallRule(rule);
    }

    /** Removes every per-record error rule and every call rule. */
    public void clearRules() {
        org.clearRules();
    }

    /** Expires every session: the next call of each client gets {@code INVALID_SESSION_ID}. */
    public void expireSessions() {
        org.expireSessions();
    }

    /** Expires one session (access token). */
    public void expireSession(String accessToken) {
        org.expireSession(accessToken);
    }

    /** @return API requests counted in the rolling 24 hours, as {@code LimitInfoHeader} reports them */
    public long apiRequestsUsed() {
        return org.apiUsage();
    }

    /** Sets the API requests counted in the rolling 24 hours, e.g. to the limit for {@code REQUEST_LIMIT_EXCEEDED}. */
    public void setApiRequestsUsed(long used) {
        if (used < 0) {
            throw new IllegalArgumentException("used must not be negative, was " + used);
        }
        org.setApiUsage(used);
    }

    /** @return what the org has served */
    public SoapJournal journal() {
        return org.journal();
    }
}
