package io.mqlsync.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The properties a fresh HubSpot portal has for contacts and tasks (the subset mqlsync touches), with
 * HubSpot's default options. The mqlsync properties are not here: {@code mqlsync setup} creates them.
 */
final class DefaultProperties {

    static final List<String> LIFECYCLE_STAGES = List.of(
            "subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer",
            "evangelist", "other");
    static final List<String> LEAD_STATUSES = List.of(
            "NEW", "OPEN", "IN_PROGRESS", "OPEN_DEAL", "UNQUALIFIED", "ATTEMPTED_TO_CONTACT", "CONNECTED", "BAD_TIMING");
    static final List<String> EMPLOYEE_RANGES = List.of(
            "1-5", "5-25", "25-50", "50-100", "100-500", "500-1000", "1000+");

    private DefaultProperties() {
    }

    static PropertyCatalog contacts(Instant created, List<PropertyOption> owners) {
        PropertyCatalog catalog = new PropertyCatalog("contacts");
        catalog.defineGroup(new PropertyCatalog.Group("contactinformation", "Contact information", 0));
        catalog.defineGroup(new PropertyCatalog.Group("analyticsinformation", "Web analytics history", 1));
        catalog.defineGroup(new PropertyCatalog.Group("emailinformation", "Email information", 2));
        catalog.defineGroup(new PropertyCatalog.Group("conversioninformation", "Conversion information", 3));
        catalog.defineGroup(new PropertyCatalog.Group("sales_properties", "Sales properties", 4));
        catalog.defineGroup(new PropertyCatalog.Group("utm_parameters", "UTM parameters", 5));
        Definer d = new Definer(catalog, created);
        d.text("email", "Email", "contactinformation");
        d.text("firstname", "First Name", "contactinformation");
        d.text("lastname", "Last Name", "contactinformation");
        d.text("jobtitle", "Job Title", "contactinformation");
        d.text("company", "Company Name", "contactinformation");
        d.text("industry", "Industry", "contactinformation");
        d.enumeration("numemployees", "Number of Employees", "contactinformation", options(EMPLOYEE_RANGES));
        d.number("annualrevenue", "Annual Revenue", "contactinformation");
        d.text("country", "Country/Region", "contactinformation");
        d.text("state", "State/Region", "contactinformation");
        d.text("city", "City", "contactinformation");
        d.enumeration("lifecyclestage", "Lifecycle Stage", "contactinformation", options(LIFECYCLE_STAGES));
        d.enumeration("hs_lead_status", "Lead Status", "sales_properties", options(LEAD_STATUSES));
        d.enumeration("hubspot_owner_id", "Contact owner", "sales_properties", owners);
        for (String utm : List.of("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")) {
            // Custom properties a form's hidden UTM fields write into (NOTES.md).
            d.custom(utm, utm.replace('_', ' ').toUpperCase(Locale.ROOT), "utm_parameters");
        }
        d.readOnly("hs_object_id", "Record ID", "number", "contactinformation");
        d.readOnly("createdate", "Create Date", "datetime", "contactinformation");
        d.readOnly("lastmodifieddate", "Last Modified Date", "datetime", "contactinformation");
        d.readOnlyEnumeration("hs_analytics_source", "Original Source", "analyticsinformation",
                options(ContactProperties.SOURCES));
        d.readOnly("hs_analytics_source_data_1", "Original Source Drill-Down 1", "string", "analyticsinformation");
        d.readOnly("hs_analytics_source_data_2", "Original Source Drill-Down 2", "string", "analyticsinformation");
        d.readOnly("hs_analytics_first_url", "First Page Seen", "string", "analyticsinformation");
        d.readOnly("hs_analytics_num_page_views", "Number of Pageviews", "number", "analyticsinformation");
        d.readOnly("hs_analytics_num_visits", "Number of Sessions", "number", "analyticsinformation");
        d.readOnly("hs_analytics_last_visit_timestamp", "Time of Last Session", "datetime", "analyticsinformation");
        d.readOnly("hs_email_open", "Marketing emails opened", "number", "emailinformation");
        d.readOnly("hs_email_click", "Marketing emails clicked", "number", "emailinformation");
        d.readOnly("hs_email_bounce", "Marketing emails bounced", "number", "emailinformation");
        d.readOnly("hs_email_last_open_date", "Last marketing email open date", "datetime", "emailinformation");
        d.readOnly("hs_email_last_click_date", "Last marketing email click date", "datetime", "emailinformation");
        d.readOnly("hs_email_optout", "Unsubscribed from all email", "bool", "emailinformation");
        d.readOnly("recent_conversion_event_name", "Recent Conversion", "string", "conversioninformation");
        d.readOnly("recent_conversion_date", "Recent Conversion Date", "datetime", "conversioninformation");
        d.readOnly("first_conversion_event_name", "First Conversion", "string", "conversioninformation");
        d.readOnly("num_conversion_events", "Number of Form Submissions", "number", "conversioninformation");
        d.readOnly(ContactProperties.MEETING_BOOKED, "Date of last meeting booked in meetings tool", "datetime",
                "sales_properties");
        d.readOnly(ContactProperties.MEETING_ACTIVITY, "Latest meeting activity", "datetime", "sales_properties");
        return catalog;
    }

    static PropertyCatalog tasks(Instant created, List<PropertyOption> owners) {
        PropertyCatalog catalog = new PropertyCatalog("tasks");
        catalog.defineGroup(new PropertyCatalog.Group("taskinformation", "Task information", 0));
        Definer d = new Definer(catalog, created);
        d.datetime("hs_timestamp", "Due date", "taskinformation");
        d.text("hs_task_subject", "Task Title", "taskinformation");
        d.text("hs_task_body", "Notes", "taskinformation");
        d.enumeration("hs_task_status", "Task Status", "taskinformation",
                options(List.of("NOT_STARTED", "IN_PROGRESS", "WAITING", "COMPLETED", "DEFERRED")));
        d.enumeration("hs_task_priority", "Priority", "taskinformation",
                options(List.of("NONE", "LOW", "MEDIUM", "HIGH")));
        d.enumeration("hs_task_type", "Task Type", "taskinformation",
                options(List.of("TODO", "CALL", "EMAIL", "LINKED_IN", "MEETING")));
        d.enumeration("hubspot_owner_id", "Assigned to", "taskinformation", owners);
        d.readOnly("hs_object_id", "Record ID", "number", "taskinformation");
        d.readOnly("hs_createdate", "Create date", "datetime", "taskinformation");
        d.readOnly("hs_lastmodifieddate", "Last modified date", "datetime", "taskinformation");
        return catalog;
    }

    private static List<PropertyOption> options(List<String> values) {
        List<PropertyOption> options = new ArrayList<>();
        for (String value : values) {
            options.add(PropertyOption.of(label(value), value));
        }
        return options;
    }

    private static String label(String value) {
        return switch (value) {
            case "marketingqualifiedlead" -> "Marketing Qualified Lead";
            case "salesqualifiedlead" -> "Sales Qualified Lead";
            default -> value.substring(0, 1).toUpperCase(Locale.ROOT)
                    + value.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** Shortens the definitions above. */
    private record Definer(PropertyCatalog catalog, Instant created) {
        void text(String name, String label, String group) {
            catalog.define(new PropertyDefinition(name, label, "string", "text", group, "", List.of(), true, false,
                    created));
        }

        void custom(String name, String label, String group) {
            catalog.define(new PropertyDefinition(name, label, "string", "text", group, "", List.of(), false, false,
                    created));
        }

        void number(String name, String label, String group) {
            catalog.define(new PropertyDefinition(name, label, "number", "number", group, "", List.of(), true,
                    false, created));
        }

        void datetime(String name, String label, String group) {
            catalog.define(new PropertyDefinition(name, label, "datetime", "date", group, "", List.of(), true,
                    false, created));
        }

        void enumeration(String name, String label, String group, List<PropertyOption> options) {
            catalog.define(new PropertyDefinition(name, label, "enumeration", "select", group, "", options, true,
                    false, created));
        }

        void readOnlyEnumeration(String name, String label, String group, List<PropertyOption> options) {
            catalog.define(new PropertyDefinition(name, label, "enumeration", "select", group, "", options, true,
                    true, created));
        }

        void readOnly(String name, String label, String type, String group) {
            String fieldType = switch (type) {
                case "number" -> "number";
                case "datetime" -> "date";
                case "bool" -> "booleancheckbox";
                default -> "text";
            };
            catalog.define(new PropertyDefinition(name, label, type, fieldType, group, "", List.of(), true, true,
                    created));
        }
    }
}
