package io.mqlsync.salesforce.mapping;

import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.CanonicalField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of the configured object holds each canonical field: the instance's {@code fields:} mapping
 * (Salesforce defaults already merged in core), completed with the {@code UTM_*__c} custom fields, and for
 * contacts with their own names for what the defaults name on leads ({@code MailingCountry},
 * {@code Account.Name}, no {@code Status}). A parent path ({@code Account.Name}) is read, never written.
 */
public final class LeadFieldMap {
    /** Lead fields a contact keeps elsewhere; only the untouched defaults are translated. */
    private static final Map<String, String> CONTACT_EQUIVALENTS = Map.of(
            "Company", "Account.Name", "Industry", "Account.Industry", "NumberOfEmployees", "Account.NumberOfEmployees",
            "AnnualRevenue", "Account.AnnualRevenue", "Country", "MailingCountry", "State", "MailingState",
            "City", "MailingCity");
    private static final Map<String, String> UTM_DEFAULTS = Map.of(
            CanonicalField.UTM_SOURCE, "UTM_Source__c", CanonicalField.UTM_MEDIUM, "UTM_Medium__c",
            CanonicalField.UTM_CAMPAIGN, "UTM_Campaign__c", CanonicalField.UTM_TERM, "UTM_Term__c",
            CanonicalField.UTM_CONTENT, "UTM_Content__c");

    private final Map<String, String> fields;

    public LeadFieldMap(LeadObject object, FieldMapping mapping) {
        Map<String, String> m = new LinkedHashMap<>();
        mapping.properties().forEach((canonical, field) -> {
            if (object == LeadObject.CONTACT) {
                if (canonical.equals(CanonicalField.LEAD_STATUS) && field.equals("Status")) {
                    return;
                }
                m.put(canonical, CONTACT_EQUIVALENTS.getOrDefault(field, field));
            } else {
                m.put(canonical, field);
            }
        });
        UTM_DEFAULTS.forEach(m::putIfAbsent);
        this.fields = Map.copyOf(m);
    }

    /** The field of {@code canonical}; empty when nothing maps it. */
    public Optional<String> field(String canonical) {
        return Optional.ofNullable(fields.get(canonical));
    }

    /** Every canonical field with its Salesforce field. */
    public Map<String, String> all() {
        return fields;
    }
}
