package io.mqlsync.core.config;

import io.mqlsync.core.model.CanonicalField;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which CRM property holds each canonical field ({@code fields} block over the CRM's defaults). Adapters
 * read and write through it; a canonical field without a property is simply not read.
 *
 * @param properties CRM property (or field) name by canonical field
 */
public record FieldMapping(Map<String, String> properties) {
    public FieldMapping {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Optional<String> property(String canonicalField) {
        return Optional.ofNullable(properties.get(canonicalField));
    }

    /** The standard properties of each CRM (HubSpot contacts, Salesforce leads). */
    public static FieldMapping defaults(CrmKind crm) {
        Map<String, String> m = new LinkedHashMap<>();
        if (crm == CrmKind.HUBSPOT) {
            m.put(CanonicalField.EMAIL, "email");
            m.put(CanonicalField.FIRST_NAME, "firstname");
            m.put(CanonicalField.LAST_NAME, "lastname");
            m.put(CanonicalField.JOB_TITLE, "jobtitle");
            m.put(CanonicalField.COMPANY, "company");
            m.put(CanonicalField.INDUSTRY, "industry");
            m.put(CanonicalField.EMPLOYEES, "numemployees");
            m.put(CanonicalField.ANNUAL_REVENUE, "annualrevenue");
            m.put(CanonicalField.COUNTRY, "country");
            m.put(CanonicalField.STATE, "state");
            m.put(CanonicalField.CITY, "city");
            m.put(CanonicalField.ORIGINAL_SOURCE, "hs_analytics_source");
            // Form hidden fields land in contact properties of their own name (shared/specs/hubspot/NOTES.md).
            m.put(CanonicalField.UTM_SOURCE, "utm_source");
            m.put(CanonicalField.UTM_MEDIUM, "utm_medium");
            m.put(CanonicalField.UTM_CAMPAIGN, "utm_campaign");
            m.put(CanonicalField.UTM_TERM, "utm_term");
            m.put(CanonicalField.UTM_CONTENT, "utm_content");
            m.put(CanonicalField.LANDING_PAGE, "hs_analytics_first_url");
            m.put(CanonicalField.LEAD_STATUS, "hs_lead_status");
            m.put(CanonicalField.LIFECYCLE_STAGE, "lifecyclestage");
            m.put(CanonicalField.OWNER_ID, "hubspot_owner_id");
        } else {
            m.put(CanonicalField.EMAIL, "Email");
            m.put(CanonicalField.FIRST_NAME, "FirstName");
            m.put(CanonicalField.LAST_NAME, "LastName");
            m.put(CanonicalField.JOB_TITLE, "Title");
            m.put(CanonicalField.COMPANY, "Company");
            m.put(CanonicalField.INDUSTRY, "Industry");
            m.put(CanonicalField.EMPLOYEES, "NumberOfEmployees");
            m.put(CanonicalField.ANNUAL_REVENUE, "AnnualRevenue");
            m.put(CanonicalField.COUNTRY, "Country");
            m.put(CanonicalField.STATE, "State");
            m.put(CanonicalField.CITY, "City");
            m.put(CanonicalField.LEAD_SOURCE, "LeadSource");
            m.put(CanonicalField.LEAD_STATUS, "Status");
            m.put(CanonicalField.OWNER_ID, "OwnerId");
        }
        return new FieldMapping(m);
    }
}
