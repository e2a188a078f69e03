package io.mqlsync.sandbox.data;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated lead, keyed by DESIGN.md's canonical field names ({@code email}, {@code jobTitle},
 * {@code utm.source}, ...). A field the person never gave is absent from {@link #fields()}; a field
 * they filled with junk is present with the junk.
 *
 * @param index     position in the generated population, from 0
 * @param fields    canonical field name to value; never null, immutable
 * @param createdAt when the record entered the CRM
 */
public record SyntheticLead(int index, Map<String, String> fields, Instant createdAt) {

    public static final String EMAIL = "email";
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
    public static final String UTM_SOURCE = "utm.source";
    public static final String UTM_MEDIUM = "utm.medium";
    public static final String UTM_CAMPAIGN = "utm.campaign";
    public static final String UTM_TERM = "utm.term";
    public static final String UTM_CONTENT = "utm.content";
    public static final String LANDING_PAGE = "landingPage";
    public static final String LIFECYCLE_STAGE = "lifecycleStage";
    public static final String LEAD_STATUS = "leadStatus";
    /** The {@link SyntheticOwner#ordinal()} of the record's owner, as a decimal string. */
    public static final String OWNER = "owner";

    public SyntheticLead {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The value of a canonical field, empty when the lead does not have it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
