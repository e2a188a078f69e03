package io.mqlsync.core.model;

import java.util.List;
import java.util.Set;

/**
 * The names of the canonical lead fields models and configs refer to (DESIGN section 5). Adapters map
 * their CRM's properties onto these names; {@code custom.NAME} carries any other mapped property.
 */
public final class CanonicalField {
    public static final String EMAIL = "email";
    public static final String EMAIL_DOMAIN = "emailDomain";
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String JOB_TITLE = "jobTitle";
    public static final String COMPANY = "company";
    public static final String INDUSTRY = "industry";
    public static final String EMPLOYEES = "employees";
    public static final String ANNUAL_REVENUE = "annualRevenue";
    public static final String COUNTRY = "country";
    public static final String STATE = "state";
    public static final String CITY = "city";
    public static final String LEAD_SOURCE = "leadSource";
    public static final String ORIGINAL_SOURCE = "originalSource";
    public static final String UTM_SOURCE = "utm.source";
    public static final String UTM_MEDIUM = "utm.medium";
    public static final String UTM_CAMPAIGN = "utm.campaign";
    public static final String UTM_TERM = "utm.term";
    public static final String UTM_CONTENT = "utm.content";
    public static final String LANDING_PAGE = "landingPage";
    /** CRM state the lifecycle reads; conditions in instance configs may name them too. */
    public static final String LEAD_STATUS = "leadStatus";
    public static final String LIFECYCLE_STAGE = "lifecycleStage";
    public static final String OWNER_ID = "ownerId";

    public static final String CUSTOM_PREFIX = "custom.";

    /** Every fixed canonical name, in the order DESIGN lists them. */
    public static final List<String> NAMES = List.of(EMAIL, EMAIL_DOMAIN, FIRST_NAME, LAST_NAME, JOB_TITLE,
            COMPANY, INDUSTRY, EMPLOYEES, ANNUAL_REVENUE, COUNTRY, STATE, CITY, LEAD_SOURCE, ORIGINAL_SOURCE,
            UTM_SOURCE, UTM_MEDIUM, UTM_CAMPAIGN, UTM_TERM, UTM_CONTENT, LANDING_PAGE,
            LEAD_STATUS, LIFECYCLE_STAGE, OWNER_ID);

    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    private CanonicalField() {
    }

    /** @return whether {@code name} is a fixed canonical field or {@code custom.NAME} with a non-empty NAME */
    public static boolean isCanonical(String name) {
        return KNOWN.contains(name)
                || (name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length());
    }
}
