package io.mqlsync.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A contact or lead as the scorer sees it: its id and canonical fields (see {@link CanonicalField}).
 * {@code emailDomain} is derived from {@code email} when the CRM does not give it.
 */
public record LeadRecord(LeadId id, Fields fields) {
    public LeadRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fields, "fields");
        fields = withEmailDomain(fields);
    }

    private static Fields withEmailDomain(Fields fields) {
        if (fields.has(CanonicalField.EMAIL_DOMAIN)) {
            return fields;
        }
        return fields.text(CanonicalField.EMAIL)
                .map(email -> email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty() && !domain.contains("@"))
                .map(domain -> fields.with(CanonicalField.EMAIL_DOMAIN, domain))
                .orElse(fields);
    }
}
