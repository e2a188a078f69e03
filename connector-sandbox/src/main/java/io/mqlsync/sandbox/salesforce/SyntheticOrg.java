package io.mqlsync.sandbox.salesforce;

import io.mqlsync.sandbox.data.DispositionKind;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticDeal;
import io.mqlsync.sandbox.data.SyntheticDisposition;
import io.mqlsync.sandbox.data.SyntheticEvent;
import io.mqlsync.sandbox.data.SyntheticLead;
import io.mqlsync.sandbox.data.SyntheticOwner;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds a {@link SalesforceSandbox} from a {@link SyntheticCrm} so the demo and {@code mqlsync sandbox --crm
 * salesforce} have a realistic org: every sales person as a {@code User} (those who left inactive), the
 * queue as a {@code Group} queue, every lead as a {@code Lead} with its UTM fields and a Salesforce
 * {@code Status}, webinars, gated content and email campaigns as {@code Campaign}s with their members, and
 * the calls of leads sales worked as completed {@code Task}s, and the leads the generator gave deals
 * converted: the first deal is the lead's converted {@code Opportunity}, a second one another opportunity
 * of the converted contact ({@code OpportunityContactRole}). Engagement Salesforce does not keep (page
 * views, opens) is left out, as it would be in a real org without a marketing-automation package.
 */
public final class SyntheticOrg {
    private static final Map<String, String> STATUS = Map.of("NEW", "Open - Not Contacted", "OPEN", "Open - Not Contacted",
            "IN_PROGRESS", "Working - Contacted", "ATTEMPTED_TO_CONTACT", "Working - Contacted",
            "CONNECTED", "Working - Contacted", "UNQUALIFIED", "Closed - Not Converted",
            "BAD_TIMING", "Closed - Not Converted");
    private static final Map<String, String> TEXT_FIELDS = Map.ofEntries(
            Map.entry(SyntheticLead.FIRST_NAME, "FirstName"), Map.entry(SyntheticLead.EMAIL, "Email"),
            Map.entry(SyntheticLead.JOB_TITLE, "Title"), Map.entry(SyntheticLead.INDUSTRY, "Industry"),
            Map.entry(SyntheticLead.COUNTRY, "Country"), Map.entry(SyntheticLead.STATE, "State"),
            Map.entry(SyntheticLead.CITY, "City"), Map.entry(SyntheticLead.LEAD_SOURCE, "LeadSource"),
            Map.entry(SyntheticLead.UTM_SOURCE, "UTM_Source__c"), Map.entry(SyntheticLead.UTM_MEDIUM, "UTM_Medium__c"),
            Map.entry(SyntheticLead.UTM_CAMPAIGN, "UTM_Campaign__c"), Map.entry(SyntheticLead.UTM_TERM, "UTM_Term__c"),
            Map.entry(SyntheticLead.UTM_CONTENT, "UTM_Content__c"));

    /**
     * What was seeded.
     *
     * @param leads     Lead records
     * @param users     User records, inactive ones included
     * @param queues    queues
     * @param campaigns Campaign records
     * @param members   CampaignMember records
     * @param tasks     completed Task records
     * @param converted leads converted, each with its opportunity
     * @param opportunities Opportunity records
     */
    public record Seeded(int leads, int users, int queues, int campaigns, int members, int tasks, int converted,
                         int opportunities) {
    }

    private final SalesforceAdmin admin;
    private final Map<Integer, String> ownerIds = new HashMap<>();
    private final Map<String, String> campaignIds = new HashMap<>();
    private int users;
    private int queues;
    private int members;
    private int tasks;
    private int converted;
    private int opportunities;

    private SyntheticOrg(SalesforceAdmin admin) {
        this.admin = admin;
    }

    /** Loads {@code crm} into {@code sandbox}; call once, on an org that holds none of it yet. */
    public static Seeded seed(SalesforceSandbox sandbox, SyntheticCrm crm) {
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(crm, "crm");
        SyntheticOrg org = new SyntheticOrg(sandbox.admin());
        crm.owners().forEach(org::owner);
        for (int i = 0; i < crm.contactCount(); i++) {
            SyntheticLead lead = crm.lead(i);
            String id = org.lead(lead);
            org.engagement(id, crm.events(i));
            org.salesWork(id, lead, crm.disposition(i));
            org.deals(id, crm.deals(i));
        }
        return new Seeded(crm.contactCount(), org.users, org.queues, org.campaignIds.size(), org.members, org.tasks,
                org.converted, org.opportunities);
    }

    private void owner(SyntheticOwner owner) {
        if (owner.kind() == OwnerKind.QUEUE) {
            ownerIds.put(owner.ordinal(), admin.addQueue(owner.firstName(), owner.email()));
            queues++;
        } else {
            ownerIds.put(owner.ordinal(), admin.addUser(owner.email(), owner.firstName(), owner.lastName(), owner.active()));
            users++;
        }
    }

    private String lead(SyntheticLead lead) {
        Map<String, Object> values = new LinkedHashMap<>();
        TEXT_FIELDS.forEach((canonical, field) -> lead.field(canonical).ifPresent(v -> values.put(field, v)));
        values.put("LastName", lead.field(SyntheticLead.LAST_NAME).orElse("Unknown"));
        values.put("Company", lead.field(SyntheticLead.COMPANY).orElse("Unknown"));
        whole(lead.field(SyntheticLead.EMPLOYEES)).ifPresent(n -> values.put("NumberOfEmployees", n));
        whole(lead.field(SyntheticLead.ANNUAL_REVENUE)).ifPresent(n -> values.put("AnnualRevenue", n));
        lead.field(SyntheticLead.LEAD_STATUS).map(s -> STATUS.getOrDefault(s, "Open - Not Contacted"))
                .ifPresent(s -> values.put("Status", s));
        lead.field(SyntheticLead.OWNER).map(o -> ownerIds.get(Integer.parseInt(o))).ifPresent(o -> values.put("OwnerId", o));
        values.put("CreatedDate", lead.createdAt().toString());
        return admin.insert("Lead", values);
    }

    /** Junk a person typed into a number field stays out: Salesforce would refuse it on import too. */
    private static Optional<Long> whole(Optional<String> text) {
        try {
            return text.map(t -> Math.round(Double.parseDouble(t.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void engagement(String leadId, List<SyntheticEvent> events) {
        Map<String, Membership> byCampaign = new LinkedHashMap<>();
        for (SyntheticEvent e : events) {
            Optional<Membership> m = switch (e.type()) {
                case WEBINAR_REGISTERED -> named(e, "webinar").map(n -> new Membership(n, "Webinar", "Registered", e.at(), e.at()));
                case WEBINAR_ATTENDED -> named(e, "webinar").map(n -> new Membership(n, "Webinar", "Attended", e.at(), e.at()));
                case CONTENT_DOWNLOADED -> named(e, "asset").map(n -> new Membership(n, "Other", "Downloaded", e.at(), e.at()));
                case EMAIL_CLICKED -> named(e, "campaign").map(n -> new Membership(n, "Email", "Responded", e.at(), e.at()));
                default -> Optional.empty();
            };
            m.ifPresent(membership -> byCampaign.merge(membership.campaign(), membership, Membership::then));
        }
        byCampaign.values().forEach(m -> {
            String campaign = campaignIds.computeIfAbsent(m.campaign(),
                    name -> admin.insert("Campaign", Map.of("Name", cut(name, 80), "Type", m.type(), "Status", "Completed")));
            admin.insert("CampaignMember", Map.of("CampaignId", campaign, "LeadId", leadId, "Status", m.status(),
                    "CreatedDate", m.first().toString(),
                    "FirstRespondedDate", LocalDate.ofInstant(m.responded(), ZoneOffset.UTC).toString()));
            members++;
        });
    }

    private static Optional<String> named(SyntheticEvent e, String attr) {
        return Optional.ofNullable(e.attrs().get(attr)).filter(s -> !s.isBlank());
    }

    /** A lead sales already worked has a logged call, completed when the rep acted. */
    private void salesWork(String leadId, SyntheticLead lead, SyntheticDisposition disposition) {
        boolean worked = lead.field(SyntheticLead.LEAD_STATUS)
                .filter(s -> !s.equals("NEW") && !s.equals("OPEN")).isPresent();
        if (!worked || disposition.kind() == DispositionKind.NO_RESPONSE) {
            return;
        }
        Instant at = lead.createdAt().plus(disposition.after());
        Map<String, Object> task = new LinkedHashMap<>(Map.of("WhoId", leadId, "Type", "Call", "Status", "Completed",
                "Priority", "Normal", "Subject", "Call: " + disposition.kind().name().toLowerCase(Locale.ROOT),
                "ActivityDate", LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), "CreatedDate", at.toString()));
        lead.field(SyntheticLead.OWNER).map(o -> ownerIds.get(Integer.parseInt(o))).ifPresent(o -> task.put("OwnerId", o));
        admin.insert("Task", task);
        tasks++;
    }

    /** Converts a lead with deals into its first one; a second deal is another opportunity of the contact. */
    private void deals(String leadId, List<SyntheticDeal> deals) {
        if (deals.isEmpty()) {
            return;
        }
        String contactId = admin.convertLead(leadId, opportunity(deals.get(0)));
        converted++;
        opportunities++;
        for (SyntheticDeal deal : deals.subList(1, deals.size())) {
            String opportunityId = admin.insert("Opportunity", opportunity(deal));
            admin.insert("OpportunityContactRole", Map.of("OpportunityId", opportunityId, "ContactId", contactId,
                    "Role", "Decision Maker"));
            opportunities++;
        }
    }

    private Map<String, Object> opportunity(SyntheticDeal deal) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Name", cut(deal.name(), 120));
        values.put("StageName", switch (deal.stage()) {
            case OPEN -> deal.ordinal() == 0 ? "Qualification" : "Proposal/Price Quote";
            case WON -> "Closed Won";
            case LOST -> "Closed Lost";
        });
        deal.amount().ifPresent(a -> values.put("Amount", a.toPlainString()));
        // an open opportunity's CloseDate is the rep's expected date; a closed one's the day it closed
        Instant close = deal.closedAt().orElse(deal.createdAt().plus(Duration.ofDays(30)));
        values.put("CloseDate", LocalDate.ofInstant(close, ZoneOffset.UTC).toString());
        values.put("CreatedDate", deal.createdAt().toString());
        if (admin.hasField("Opportunity", "CurrencyIsoCode")) {
            values.put("CurrencyIsoCode", deal.currency());
        }
        return values;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A lead's membership of one campaign: the strongest status reached, first touch and first response. */
    private record Membership(String campaign, String type, String status, Instant first, Instant responded) {
        Membership then(Membership later) {
            String strongest = rank(later.status) > rank(status) ? later.status : status;
            Instant firstTouch = first.isBefore(later.first) ? first : later.first;
            return new Membership(campaign, type, strongest, firstTouch, responded.isBefore(later.responded) ? responded
                    : later.responded);
        }

        private static int rank(String status) {
            return status.equals("Attended") ? 2 : 1;
        }
    }
}
