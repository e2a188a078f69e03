package io.mqlsync.hubspot.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import okhttp3.HttpUrl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.mqlsync.hubspot.client.Replies.next;
import static io.mqlsync.hubspot.client.Replies.ok;
import static io.mqlsync.hubspot.client.Replies.text;

/**
 * HubSpot's engagement endpoints: forms and their submissions (legacy form-integrations API) and contact web
 * events. A 403 (a tier or scope without the endpoint) surfaces as a {@link io.mqlsync.core.spi.CrmAuthException}
 * the engagement source falls back on. Thread-safe.
 */
public final class HubSpotEngagementClient {
    private final HubSpotHttp http;
    private final CallPolicy calls;

    public HubSpotEngagementClient(HubSpotHttp http, CallPolicy calls) {
        this.http = Objects.requireNonNull(http, "http");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** {@code GET /marketing/v3/forms}, every page. */
    public List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            HttpUrl.Builder url = http.url("marketing/v3/forms").addQueryParameter("limit", "100");
            after.ifPresent(a -> url.addQueryParameter("after", a));
            JsonNode page = calls.call(CallKind.READ, "forms.list", () -> ok("forms.list", http.get("forms.list", url.build())));
            page.path("results").forEach(f -> forms.add(new Form(f.path("id").asText(), f.path("name").asText(""))));
            after = next(page);
        } while (after.isPresent());
        return forms;
    }

    /**
     * One page of a form's submissions, newest first ({@code GET /form-integrations/v1/submissions/forms/{guid}}).
     *
     */
    public Paged<FormSubmission> submissions(String formId, Optional<String> after) {
        HttpUrl.Builder url = http.url("form-integrations/v1/submissions/forms").addPathSegment(formId)
                .addQueryParameter("limit", "50");
        after.ifPresent(a -> url.addQueryParameter("after", a));
        JsonNode page = calls.call(CallKind.READ, "forms.submissions",
                () -> ok("forms.submissions", http.get("forms.submissions", url.build())));
        List<FormSubmission> submissions = new ArrayList<>();
        for (JsonNode s : page.path("results")) {
            if (!s.path("submittedAt").canConvertToLong()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            s.path("values").forEach(v -> {
                if (v.hasNonNull("name") && v.hasNonNull("value")) {
                    values.putIfAbsent(v.path("name").asText(), v.path("value").asText());
                }
            });
            submissions.add(new FormSubmission(Instant.ofEpochMilli(s.path("submittedAt").asLong()),
                    s.path("pageUrl").asText(""), values));
        }
        return new Paged<>(submissions, next(page));
    }

    /**
     * One page of a contact's page views since {@code occurredAfter}
     * ({@code GET /events/v3/events?objectType=contact&eventType=e_visited_page}; Enterprise portals only, else 403).
     */
    public Paged<WebEvent> pageViews(String contactId, Instant occurredAfter, Optional<String> after) {
        HttpUrl.Builder url = http.url("events/v3/events").addQueryParameter("objectType", "contact")
                .addQueryParameter("objectId", contactId).addQueryParameter("eventType", "e_visited_page")
                .addQueryParameter("occurredAfter", occurredAfter.toString()).addQueryParameter("limit", "100");
        after.ifPresent(a -> url.addQueryParameter("after", a));
        JsonNode page = calls.call(CallKind.READ, "events.list", () -> ok("events.list", http.get("events.list", url.build())));
        List<WebEvent> events = new ArrayList<>();
        for (JsonNode e : page.path("results")) {
            Optional<Instant> at = text(e, "occurredAt").flatMap(HubSpotEngagementClient::instant);
            if (at.isPresent()) {
                Map<String, String> properties = new HashMap<>();
                e.path("properties").properties().forEach(p -> {
                    if (p.getValue().isValueNode() && !p.getValue().isNull()) {
                        properties.put(p.getKey(), p.getValue().asText());
                    }
                });
                events.add(new WebEvent(at.get(), properties));
            }
        }
        return new Paged<>(events, next(page));
    }

    /**
     * One page of a recipient's marketing email events since {@code since} (legacy
     * {@code GET /email/public/v1/events?recipient=..}; 403 without the {@code content} scope).
     */
    public Paged<EmailEvent> emailEvents(String recipient, Instant since, Optional<String> offset) {
        HttpUrl.Builder url = http.url("email/public/v1/events").addQueryParameter("recipient", recipient)
                .addQueryParameter("startTimestamp", Long.toString(since.toEpochMilli())).addQueryParameter("limit", "1000");
        offset.ifPresent(o -> url.addQueryParameter("offset", o));
        JsonNode page = calls.call(CallKind.READ, "emailEvents.list",
                () -> ok("emailEvents.list", http.get("emailEvents.list", url.build())));
        List<EmailEvent> events = new ArrayList<>();
        for (JsonNode e : page.path("events")) {
            if (e.path("created").canConvertToLong() && e.hasNonNull("type")) {
                boolean unsubscribed = e.path("portalSubscriptionStatus").asText("").equals("UNSUBSCRIBED")
                        || e.path("subscriptions").toString().contains("UNSUBSCRIBED");
                events.add(new EmailEvent(e.path("type").asText(), Instant.ofEpochMilli(e.path("created").asLong()),
                        text(e, "url"), unsubscribed));
            }
        }
        Optional<String> next = page.path("hasMore").asBoolean(false) ? text(page, "offset") : Optional.empty();
        return new Paged<>(events, next);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

}
