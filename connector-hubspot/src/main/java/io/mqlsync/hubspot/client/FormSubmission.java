package io.mqlsync.hubspot.client;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One submission of a form (legacy {@code /form-integrations/v1/submissions/forms/{guid}}).
 *
 * @param submittedAt when it was submitted
 * @param pageUrl     the page the form was on; empty when HubSpot did not say
 * @param values      the submitted fields by name, hidden fields included
 */
public record FormSubmission(Instant submittedAt, String pageUrl, Map<String, String> values) {
    public FormSubmission {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(pageUrl, "pageUrl");
        values = Map.copyOf(values);
    }

    @Override
    public String toString() {
        return "FormSubmission[" + submittedAt + ", " + values.keySet() + "]";
    }
}
