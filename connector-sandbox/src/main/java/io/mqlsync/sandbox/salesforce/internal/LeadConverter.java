package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.LeadStatusValue;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts a lead as a sales rep would: an Account, a Contact and an Opportunity (with the contact as its
 * primary contact role) are created from it, and the lead gets {@code IsConverted}, {@code ConvertedDate},
 * the converted ids and the org's converted status. A converted lead is read-only to the API afterwards.
 * Not thread-safe: the org serialises use.
 */
final class LeadConverter {
    private final OrgRecords records;
    private final DataLoader loader;
    private final Clock clock;
    private final List<LeadStatusValue> statuses;

    LeadConverter(OrgRecords records, DataLoader loader, Clock clock, List<LeadStatusValue> statuses) {
        this.records = records;
        this.loader = loader;
        this.clock = clock;
        this.statuses = statuses;
    }

    /**
     * @param opportunity values of the new Opportunity, loaded as a data import would (any field, read-only
     *                    ones included); what is left out gets a new open opportunity's values
     * @return the new Contact's id
     * @throws IllegalArgumentException when the id is not an unconverted lead
     */
    String convert(String leadId, String userId, Map<String, ?> opportunity) {
        OrgRecord lead = records.byId(leadId).filter(r -> r.schema().name().equals("Lead"))
                .orElseThrow(() -> new IllegalArgumentException("no lead " + leadId));
        if (lead.get("IsConverted").map(Boolean.TRUE::equals).orElse(false)) {
            throw new IllegalArgumentException("lead " + leadId + " is already converted");
        }
        String accountId = loader.insert("Account", Map.of("Name", lead.get("Company").orElse("Unknown")),
                Optional.of(userId));
        Map<String, Object> contact = new LinkedHashMap<>();
        for (String f : List.of("FirstName", "LastName", "Email", "Title", "LeadSource", "OwnerId")) {
            lead.get(f).ifPresent(v -> contact.put(f, v));
        }
        contact.put("AccountId", accountId);
        String contactId = loader.insert("Contact", contact, Optional.of(userId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> deal = new LinkedHashMap<>();
        deal.put("Name", lead.get("Company").map(Object::toString).orElse("Unknown") + "-");
        deal.put("StageName", "Prospecting");
        deal.put("CloseDate", now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30));
        deal.put("AccountId", accountId);
        lead.get("OwnerId").filter(o -> o.toString().startsWith("005")).ifPresent(o -> deal.put("OwnerId", o));
        deal.putAll(opportunity);
        String opportunityId = loader.insert("Opportunity", deal, Optional.of(userId));
        loader.insert("OpportunityContactRole", Map.of("OpportunityId", opportunityId, "ContactId", contactId,
                "IsPrimary", true), Optional.of(userId));
        String converted = statuses.stream().filter(LeadStatusValue::converted).findFirst().orElseThrow().label();
        lead.set("IsConverted", Optional.of(Boolean.TRUE));
        lead.set("ConvertedDate", Optional.of(now.atZone(ZoneOffset.UTC).toLocalDate()));
        lead.set("ConvertedAccountId", Optional.of(accountId));
        lead.set("ConvertedContactId", Optional.of(contactId));
        lead.set("ConvertedOpportunityId", Optional.of(opportunityId));
        lead.set("Status", Optional.of(converted));
        lead.set("LastModifiedDate", Optional.of(now));
        lead.set("LastModifiedById", Optional.of(userId));
        lead.set("SystemModstamp", Optional.of(now));
        return contactId;
    }
}
