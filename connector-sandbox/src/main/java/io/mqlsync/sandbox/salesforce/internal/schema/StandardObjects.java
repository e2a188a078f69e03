package io.mqlsync.sandbox.salesforce.internal.schema;

import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.BOOLEAN;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.CURRENCY;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.DATE;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.DATETIME;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.DOUBLE;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.EMAIL;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.ID;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.INT;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.PHONE;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.STRING;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.TEXTAREA;
import static io.mqlsync.sandbox.salesforce.internal.schema.FieldType.URL;

import io.mqlsync.sandbox.salesforce.CustomField;
import io.mqlsync.sandbox.salesforce.CustomObject;
import io.mqlsync.sandbox.salesforce.LeadStatusValue;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of the fake org and their fields: the standard ones a marketing integration touches, plus the
 * {@code MQL_*__c} and {@code UTM_*__c} custom fields of DESIGN.md section 6 on Lead and Contact when the
 * options install them, and the custom objects the options add. Immutable.
 */
public final class StandardObjects {
    /** Key prefix of Opportunity ids, which converted leads point at. */
    public static final String OPPORTUNITY_PREFIX = "006";
    /** The Opportunity stages of a new org's default sales process, open ones first. */
    public static final List<String> OPPORTUNITY_STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
            "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
            "Negotiation/Review", "Closed Won", "Closed Lost");
    /** The currencies of a multi-currency org. */
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

    private static final List<String> INDUSTRIES = List.of("Agriculture", "Apparel", "Banking", "Biotechnology",
            "Chemicals", "Communications", "Construction", "Consulting", "Education", "Electronics", "Energy",
            "Engineering", "Entertainment", "Environmental", "Finance", "Food & Beverage", "Government",
            "Healthcare", "Hospitality", "Insurance", "Machinery", "Manufacturing", "Media", "Not For Profit",
            "Recreation", "Retail", "Shipping", "Technology", "Telecommunications", "Transportation", "Utilities",
            "Other");
    private static final List<String> LEAD_SOURCES = List.of("Web", "Phone Inquiry", "Partner Referral",
            "Purchased List", "Other");

    private final Map<String, SObjectSchema> objects = new LinkedHashMap<>();

    /** Builds the objects the options describe. */
    public StandardObjects(SalesforceSandboxOptions options) {
        List<FieldDef> custom = customFields(options);
        List<String> statuses = options.leadStatuses().stream().map(LeadStatusValue::label).toList();
        add(new SObjectSchema("Lead", "00Q", true, concat(lead(statuses), custom)));
        add(new SObjectSchema("Contact", "003", true, concat(contact(), custom)));
        add(new SObjectSchema("Account", "001", true, account()));
        add(new SObjectSchema("Task", "00T", true, task()));
        add(new SObjectSchema("User", "005", false, user()));
        add(new SObjectSchema("Group", "00G", false, group()));
        add(new SObjectSchema("Campaign", "701", true, campaign()));
        add(new SObjectSchema("CampaignMember", "00v", true, campaignMember()));
        add(new SObjectSchema("LeadStatus", "01J", false, leadStatus()));
        add(new SObjectSchema("Opportunity", OPPORTUNITY_PREFIX, true, opportunity(options.multiCurrency())));
        add(new SObjectSchema("OpportunityContactRole", "00K", true, opportunityContactRole()));
        List<CustomObject> own = options.customObjects();
        for (int i = 0; i < own.size(); i++) {
            add(new SObjectSchema(own.get(i).name(), customKeyPrefix(i), true, customObject(own.get(i))));
        }
    }

    /** @return the object named {@code name} in any case */
    public Optional<SObjectSchema> object(String name) {
        return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
    }

    /** @return the object whose ids start with the prefix of {@code id} */
    public Optional<SObjectSchema> objectOfId(String id) {
        if (id.length() < 3) {
            return Optional.empty();
        }
        String prefix = id.substring(0, 3);
        return objects.values().stream().filter(o -> o.keyPrefix().equals(prefix)).findFirst();
    }

    /** @return every object, in a fixed order */
    public List<SObjectSchema> all() {
        return List.copyOf(objects.values());
    }

    private void add(SObjectSchema schema) {
        objects.put(schema.name().toLowerCase(Locale.ROOT), schema);
    }

    private static List<FieldDef> system() {
        return List.of(FieldDef.of("CreatedDate", DATETIME).readOnly().required(),
                FieldDef.reference("CreatedById", "CreatedBy", List.of("User")).readOnly().required(),
                FieldDef.of("LastModifiedDate", DATETIME).readOnly().required(),
                FieldDef.reference("LastModifiedById", "LastModifiedBy", List.of("User")).readOnly().required(),
                FieldDef.of("SystemModstamp", DATETIME).readOnly().required(),
                FieldDef.of("IsDeleted", BOOLEAN).readOnly().required());
    }

    private static List<FieldDef> withSystem(List<FieldDef> own) {
        List<FieldDef> all = new ArrayList<>();
        all.add(FieldDef.text("Id", ID, 18).readOnly().required());
        all.addAll(own);
        all.addAll(system());
        return all;
    }

    private static List<FieldDef> lead(List<String> statuses) {
        return withSystem(List.of(
                FieldDef.text("FirstName", STRING, 40), FieldDef.text("LastName", STRING, 80).required(),
                FieldDef.text("Name", STRING, 121).readOnly(), FieldDef.text("Email", EMAIL, 80),
                FieldDef.text("Title", STRING, 128), FieldDef.text("Company", STRING, 255).required(),
                FieldDef.picklist("Industry", INDUSTRIES, false), FieldDef.number("NumberOfEmployees", INT, 8),
                FieldDef.number("AnnualRevenue", CURRENCY, 18), FieldDef.text("Phone", PHONE, 40),
                FieldDef.text("Website", URL, 255), FieldDef.text("Country", STRING, 80),
                FieldDef.text("State", STRING, 80), FieldDef.text("City", STRING, 40),
                FieldDef.picklist("LeadSource", LEAD_SOURCES, false),
                FieldDef.picklist("Status", statuses, true).required().defaulted(),
                FieldDef.picklist("Rating", List.of("Hot", "Warm", "Cold"), false),
                FieldDef.reference("OwnerId", "Owner", List.of("Group", "User")).required().defaulted(),
                FieldDef.of("HasOptedOutOfEmail", BOOLEAN).required().defaulted(),
                FieldDef.of("IsConverted", BOOLEAN).readOnly().required(),
                FieldDef.of("ConvertedDate", DATE).readOnly(),
                FieldDef.reference("ConvertedAccountId", "ConvertedAccount", List.of("Account")).readOnly(),
                FieldDef.reference("ConvertedContactId", "ConvertedContact", List.of("Contact")).readOnly(),
                FieldDef.reference("ConvertedOpportunityId", "ConvertedOpportunity", List.of("Opportunity"))
                        .readOnly()));
    }

    private static List<FieldDef> contact() {
        return withSystem(List.of(
                FieldDef.text("FirstName", STRING, 40), FieldDef.text("LastName", STRING, 80).required(),
                FieldDef.text("Name", STRING, 121).readOnly(), FieldDef.text("Email", EMAIL, 80),
                FieldDef.text("Title", STRING, 128), FieldDef.text("Department", STRING, 80),
                FieldDef.text("Phone", PHONE, 40),
                FieldDef.reference("AccountId", "Account", List.of("Account")),
                FieldDef.text("MailingCountry", STRING, 80), FieldDef.text("MailingState", STRING, 80),
                FieldDef.text("MailingCity", STRING, 40), FieldDef.picklist("LeadSource", LEAD_SOURCES, false),
                FieldDef.reference("OwnerId", "Owner", List.of("User")).required().defaulted(),
                FieldDef.of("HasOptedOutOfEmail", BOOLEAN).required().defaulted()));
    }

    private static List<FieldDef> account() {
        return withSystem(List.of(FieldDef.text("Name", STRING, 255).required(),
                FieldDef.picklist("Industry", INDUSTRIES, false), FieldDef.number("NumberOfEmployees", INT, 8),
                FieldDef.number("AnnualRevenue", CURRENCY, 18), FieldDef.text("Website", URL, 255),
                FieldDef.reference("OwnerId", "Owner", List.of("User")).required().defaulted()));
    }

    private static List<FieldDef> task() {
        return withSystem(List.of(
                FieldDef.reference("WhoId", "Who", List.of("Contact", "Lead")),
                FieldDef.reference("WhatId", "What", List.of("Account", "Campaign")),
                FieldDef.reference("OwnerId", "Owner", List.of("Group", "User")).required().defaulted(),
                FieldDef.text("Subject", STRING, 255), FieldDef.text("Description", TEXTAREA, 32_000),
                FieldDef.of("ActivityDate", DATE),
                FieldDef.picklist("Status", List.of("Not Started", "In Progress", "Completed",
                        "Waiting on someone else", "Deferred"), true).required().defaulted(),
                FieldDef.picklist("Priority", List.of("Normal", "High", "Low"), true).required().defaulted(),
                FieldDef.picklist("Type", List.of("Call", "Email", "Meeting", "Other"), false),
                FieldDef.picklist("TaskSubtype", List.of("Task", "Email", "ListEmail", "Cadence", "Call"), false)
                        .createOnly(),
                FieldDef.of("IsClosed", BOOLEAN).readOnly().required(),
                FieldDef.of("CompletedDateTime", DATETIME).readOnly()));
    }

    private static List<FieldDef> user() {
        return withSystem(List.of(FieldDef.text("Username", STRING, 80).required(),
                FieldDef.text("Email", EMAIL, 128).required(), FieldDef.text("FirstName", STRING, 40),
                FieldDef.text("LastName", STRING, 80).required(), FieldDef.text("Name", STRING, 121).readOnly(),
                FieldDef.of("IsActive", BOOLEAN).required(),
                FieldDef.picklist("UserType", List.of("Standard", "AutomatedProcess"), true).required()));
    }

    private static List<FieldDef> group() {
        return withSystem(List.of(FieldDef.text("Name", STRING, 40).required(),
                FieldDef.text("DeveloperName", STRING, 80), FieldDef.text("Email", EMAIL, 255),
                FieldDef.picklist("Type", List.of("Queue", "Regular"), true).required()));
    }

    private static List<FieldDef> campaign() {
        return withSystem(List.of(FieldDef.text("Name", STRING, 80).required(),
                FieldDef.picklist("Type", List.of("Advertisement", "Banner Ads", "Conference", "Direct Mail",
                        "Email", "Partners", "Public Relations", "Referral Program", "Seminar / Conference",
                        "Telemarketing", "Webinar", "Other"), false),
                FieldDef.picklist("Status", List.of("Planned", "In Progress", "Completed", "Aborted"), false),
                FieldDef.of("IsActive", BOOLEAN).required().defaulted(), FieldDef.of("StartDate", DATE),
                FieldDef.of("EndDate", DATE),
                FieldDef.reference("OwnerId", "Owner", List.of("User")).required().defaulted()));
    }

    private static List<FieldDef> campaignMember() {
        return withSystem(List.of(
                FieldDef.reference("CampaignId", "Campaign", List.of("Campaign")).required().createOnly(),
                FieldDef.reference("LeadId", "Lead", List.of("Lead")).createOnly(),
                FieldDef.reference("ContactId", "Contact", List.of("Contact")).createOnly(),
                FieldDef.text("Status", STRING, 40).defaulted(),
                FieldDef.of("HasResponded", BOOLEAN).readOnly().required(),
                FieldDef.of("FirstRespondedDate", DATE).readOnly()));
    }

    private static List<FieldDef> opportunity(boolean multiCurrency) {
        List<FieldDef> own = new ArrayList<>(List.of(FieldDef.text("Name", STRING, 120).required(),
                FieldDef.reference("AccountId", "Account", List.of("Account")),
                FieldDef.picklist("StageName", OPPORTUNITY_STAGES, true).required(),
                FieldDef.number("Amount", CURRENCY, 18).scaled(2), FieldDef.of("CloseDate", DATE).required(),
                FieldDef.of("IsClosed", BOOLEAN).readOnly().required(), FieldDef.of("IsWon", BOOLEAN).readOnly().required(),
                FieldDef.picklist("LeadSource", LEAD_SOURCES, false),
                FieldDef.reference("OwnerId", "Owner", List.of("User")).required().defaulted()));
        if (multiCurrency) {
            own.add(FieldDef.picklist("CurrencyIsoCode", CURRENCIES, true).required().defaulted());
        }
        return withSystem(own);
    }

    private static List<FieldDef> opportunityContactRole() {
        return withSystem(List.of(
                FieldDef.reference("OpportunityId", "Opportunity", List.of("Opportunity")).required().createOnly(),
                FieldDef.reference("ContactId", "Contact", List.of("Contact")).required(),
                FieldDef.picklist("Role", List.of("Business User", "Decision Maker", "Economic Buyer",
                        "Economic Decision Maker", "Evaluator", "Executive Sponsor", "Influencer",
                        "Technical Buyer", "Other"), false),
                FieldDef.of("IsPrimary", BOOLEAN).required().defaulted()));
    }

    private static List<FieldDef> leadStatus() {
        return withSystem(List.of(FieldDef.text("MasterLabel", STRING, 255).required(),
                FieldDef.text("ApiName", STRING, 255).required(), FieldDef.of("IsConverted", BOOLEAN).required(),
                FieldDef.of("IsDefault", BOOLEAN).required(), FieldDef.number("SortOrder", INT, 9)));
    }

    /** Custom objects get prefixes {@code a00}, {@code a01}, ... as an org hands them out. */
    private static String customKeyPrefix(int index) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        return "a" + digits.charAt(index / digits.length() % digits.length()) + digits.charAt(index % digits.length());
    }

    private static List<FieldDef> customObject(CustomObject object) {
        List<FieldDef> own = new ArrayList<>(List.of(FieldDef.text("Name", STRING, 80),
                FieldDef.reference("OwnerId", "Owner", List.of("Group", "User")).required().defaulted()));
        for (CustomField f : object.fields()) {
            String bare = f.name().substring(0, f.name().length() - "__c".length());
            own.add(switch (f.kind()) {
                case TEXT -> FieldDef.text(f.name(), STRING, 255);
                case DATE -> FieldDef.of(f.name(), DATE);
                case DATETIME -> FieldDef.of(f.name(), DATETIME);
                case NUMBER -> FieldDef.number(f.name(), DOUBLE, 18);
                case CHECKBOX -> FieldDef.of(f.name(), BOOLEAN).required().defaulted();
                case LOOKUP -> FieldDef.reference(f.name(), bare + "__r", List.of(f.referenceTo().orElseThrow()));
            });
        }
        return withSystem(own);
    }

    private static List<FieldDef> customFields(SalesforceSandboxOptions options) {
        if (!options.customFieldsInstalled()) {
            return List.of();
        }
        List<FieldDef> all = List.of(
                FieldDef.number("MQL_Fit_Score__c", DOUBLE, 18), FieldDef.number("MQL_Intent_Score__c", DOUBLE, 18),
                FieldDef.number("MQL_Score__c", DOUBLE, 18),
                FieldDef.picklist("MQL_Status__c", List.of("NONE", "MQL", "SAL", "SQL", "RECYCLED", "DISQUALIFIED"),
                        true),
                FieldDef.picklist("MQL_Quadrant__c", List.of("ROUTE", "NURTURE", "REVIEW", "PARK"), true),
                FieldDef.text("MQL_Reasons__c", TEXTAREA, 32_768),
                FieldDef.of("MQL_Qualified_At__c", DATETIME), FieldDef.of("MQL_Recycled_At__c", DATETIME),
                FieldDef.number("MQL_Recycle_Count__c", DOUBLE, 18),
                FieldDef.text("MQL_Last_Rejection_Reason__c", STRING, 255),
                FieldDef.text("MQL_Model__c", STRING, 255), FieldDef.of("MQL_Next_Rescore_At__c", DATETIME),
                FieldDef.picklist("MQL_Rejection_Reason__c", options.rejectionReasons(), true),
                FieldDef.text("UTM_Source__c", STRING, 255), FieldDef.text("UTM_Medium__c", STRING, 255),
                FieldDef.text("UTM_Campaign__c", STRING, 255), FieldDef.text("UTM_Term__c", STRING, 255),
                FieldDef.text("UTM_Content__c", STRING, 255));
        return all.stream().filter(f -> !options.omittedCustomFields().contains(f.name())).toList();
    }

    private static List<FieldDef> concat(List<FieldDef> a, List<FieldDef> b) {
        List<FieldDef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
