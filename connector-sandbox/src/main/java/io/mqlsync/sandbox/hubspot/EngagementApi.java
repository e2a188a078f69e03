package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.data.SyntheticEvent;
import io.mqlsync.sandbox.data.SyntheticEventType;
import io.mqlsync.sandbox.data.SyntheticForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The engagement endpoints the HubSpot adapter reads: form definitions ({@code /marketing/v3/forms}),
 * form submissions per form (legacy {@code /form-integrations/v1}), contact web events
 * ({@code /events/v3/events}) and marketing email events (legacy {@code /email/public/v1/events}).
 * Served from the seeded contacts' generated histories. Thread-safe.
 */
final class EngagementApi {

    private static final int EVENTS_PER_CONTACT = 10_000;
    private static final Map<SyntheticEventType, String> WEB_EVENT_TYPES = Map.of(
            SyntheticEventType.PAGE_VIEWED, "e_visited_page",
            SyntheticEventType.FORM_SUBMITTED, "e_submitted_form");
    private static final Map<SyntheticEventType, String> EMAIL_EVENT_TYPES = Map.of(
            SyntheticEventType.EMAIL_DELIVERED, "DELIVERED",
            SyntheticEventType.EMAIL_OPENED, "OPEN",
            SyntheticEventType.EMAIL_CLICKED, "CLICK",
            SyntheticEventType.EMAIL_BOUNCED, "BOUNCE",
            SyntheticEventType.EMAIL_UNSUBSCRIBED, "STATUSCHANGE");

    /** A submission, kept as coordinates into the generated history rather than as its values. */
    private record SubmissionRef(long contactId, int ordinal, long at) {
    }

    private final List<SyntheticForm> forms;
    private final ContactProperties contacts;
    private final HubSpotObjects contactObjects;
    private final Instant created;
    private final int portalId;
    private final Map<String, List<SubmissionRef>> submissions = new ConcurrentHashMap<>();

    EngagementApi(List<SyntheticForm> forms, ContactProperties contacts, HubSpotObjects contactObjects,
                  Instant created, int portalId) {
        this.forms = List.copyOf(forms);
        this.contacts = contacts;
        this.contactObjects = contactObjects;
        this.created = created;
        this.portalId = portalId;
    }

    ApiResponse listForms(ApiRequest request) {
        int limit = request.intParam("limit", 20);
        int after = request.intParam("after", 0);
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        forms.stream().skip(after).limit(limit).forEach(f -> results.add(FormDefinitions.toJson(f, created)));
        if (after + limit < forms.size()) {
            body.putObject("paging").putObject("next").put("after", String.valueOf(after + limit))
                    .put("link", "/marketing/v3/forms?after=" + (after + limit));
        }
        return ApiResponse.ok(body);
    }

    ApiResponse getForm(ApiRequest request) {
        return ApiResponse.ok(FormDefinitions.toJson(form(request.pathParam(0)), created));
    }

    /** Newest first, at most 50 a page, {@code after} cursor (HubSpot's legacy submissions API). */
    ApiResponse submissions(ApiRequest request) {
        SyntheticForm form = form(request.pathParam(0));
        int limit = Math.min(50, Math.max(1, request.intParam("limit", 20)));
        int after = request.intParam("after", 0);
        List<SubmissionRef> all = submissions.computeIfAbsent(form.id(), this::indexSubmissions);
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        for (SubmissionRef ref : all.subList(Math.min(after, all.size()), Math.min(after + limit, all.size()))) {
            results.add(submission(ref, form));
        }
        if (after + limit < all.size()) {
            String next = String.valueOf(after + limit);
            body.putObject("paging").putObject("next").put("after", next)
                    .put("link", "/form-integrations/v1/submissions/forms/" + form.id() + "?after=" + next);
        }
        return ApiResponse.ok(body);
    }

    private ObjectNode submission(SubmissionRef ref, SyntheticForm form) {
        SyntheticEvent event = contacts.events(ref.contactId()).get(ref.ordinal());
        ObjectNode submission = HubSpotJson.object();
        submission.put("conversionId", new UUID(ref.contactId(), ref.ordinal()).toString());
        submission.put("submittedAt", ref.at());
        submission.put("pageUrl", event.attrs().getOrDefault("url", form.url()));
        ArrayNode values = submission.putArray("values");
        ObjectView contact = contactObjects.store().get(ref.contactId()).orElseThrow();
        contacts.seededEmail(ref.contactId()).ifPresent(e -> value(values, "email", e));
        contact.get("firstname").ifPresent(v -> value(values, "firstname", v));
        contact.get("lastname").ifPresent(v -> value(values, "lastname", v));
        event.attrs().forEach((name, v) -> {
            if (name.startsWith("utm_")) {
                value(values, name, v);
            }
        });
        return submission;
    }

    ApiResponse eventTypes(ApiRequest request) {
        ObjectNode body = HubSpotJson.object();
        ArrayNode types = body.putArray("eventTypes");
        WEB_EVENT_TYPES.values().stream().sorted().forEach(types::add);
        return ApiResponse.ok(body);
    }

    /** Web events of contacts, oldest first; one contact with {@code objectId}, else all of them. */
    ApiResponse webEvents(ApiRequest request) {
        if (!request.param("objectType").map(t -> t.equals("contact") || t.equals("0-1")).orElse(false)) {
            throw HubSpotApiException.badRequest("objectType must be contact in this portal");
        }
        Optional<String> eventType = request.param("eventType");
        Optional<Instant> from = request.param("occurredAfter").flatMap(PropertyCatalog::parseInstant);
        Optional<Instant> to = request.param("occurredBefore").flatMap(PropertyCatalog::parseInstant);
        Predicate<SyntheticEvent> wanted = e -> WEB_EVENT_TYPES.containsKey(e.type())
                && eventType.map(t -> t.equals(WEB_EVENT_TYPES.get(e.type()))).orElse(true)
                && from.map(f -> e.at().isAfter(f)).orElse(true)
                && to.map(t -> e.at().isBefore(t)).orElse(true);
        int limit = Math.min(1000, Math.max(1, request.intParam("limit", 100)));
        Optional<Long> objectId = request.param("objectId").map(Long::parseLong);
        Scan scan = scan(request.param("after"), objectId, wanted, limit);
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        scan.found().forEach(found -> results.add(webEvent(found)));
        scan.next().ifPresent(next -> body.putObject("paging").putObject("next").put("after", next)
                .put("link", "/events/v3/events?after=" + next));
        return ApiResponse.ok(body);
    }

    private static ObjectNode webEvent(Found found) {
        ObjectNode event = HubSpotJson.object();
        event.put("objectType", "contact");
        event.put("objectId", String.valueOf(found.contactId()));
        event.put("eventType", WEB_EVENT_TYPES.get(found.event().type()));
        event.put("occurredAt", HubSpotJson.timestamp(found.event().at()));
        event.put("id", found.contactId() + "-" + found.ordinal());
        ObjectNode properties = event.putObject("properties");
        properties.put("hs_url", found.event().attrs().getOrDefault("url", ""));
        Optional.ofNullable(found.event().attrs().get("form")).ifPresent(f -> properties.put("hs_form_id", f));
        return event;
    }

    /** HubSpot's legacy email events: by recipient, type and time range, {@code offset} paging. */
    ApiResponse emailEvents(ApiRequest request) {
        Optional<String> type = request.param("eventType");
        Optional<Long> start = request.param("startTimestamp").map(Long::parseLong);
        Optional<Long> end = request.param("endTimestamp").map(Long::parseLong);
        Predicate<SyntheticEvent> wanted = e -> EMAIL_EVENT_TYPES.containsKey(e.type())
                && type.map(t -> t.equals(EMAIL_EVENT_TYPES.get(e.type()))).orElse(true)
                && start.map(s -> e.at().toEpochMilli() >= s).orElse(true)
                && end.map(s -> e.at().toEpochMilli() <= s).orElse(true);
        Optional<Long> contactId = Optional.empty();
        if (request.param("recipient").isPresent()) {
            contactId = Optional.of(contactObjects.find(request.param("recipient").get(), Optional.of("email"))
                    .map(ObjectView::id).orElse(-1L));
        }
        int limit = Math.min(1000, Math.max(1, request.intParam("limit", 100)));
        Scan scan = scan(request.param("offset"), contactId, wanted, limit);
        ObjectNode body = HubSpotJson.object();
        ArrayNode events = body.putArray("events");
        scan.found().forEach(found -> events.add(emailEvent(found)));
        body.put("hasMore", scan.next().isPresent());
        body.put("offset", scan.next().orElse(""));
        return ApiResponse.ok(body);
    }

    private ObjectNode emailEvent(Found found) {
        ObjectNode event = HubSpotJson.object();
        SyntheticEvent e = found.event();
        event.put("id", found.contactId() + "-" + found.ordinal());
        event.put("created", e.at().toEpochMilli());
        event.put("type", EMAIL_EVENT_TYPES.get(e.type()));
        event.put("recipient", contacts.seededEmail(found.contactId()).orElse(""));
        event.put("portalId", portalId);
        event.put("appId", 113);
        event.put("appName", "BatchEmail");
        event.put("emailCampaignId", Math.abs((long) e.attrs().getOrDefault("campaign", "").hashCode()));
        Optional.ofNullable(e.attrs().get("url")).ifPresent(u -> event.put("url", u));
        if (e.type() == SyntheticEventType.EMAIL_UNSUBSCRIBED) {
            event.put("subscriptions", "UNSUBSCRIBED");
            event.put("source", "SOURCE_RECIPIENT");
        }
        return event;
    }

    private record Found(long contactId, int ordinal, SyntheticEvent event) {
    }

    private record Scan(List<Found> found, Optional<String> next) {
    }

    /** Walks contacts' histories from a cursor ({@code contactId * 10000 + ordinal}) until a page is full. */
    private Scan scan(Optional<String> cursor, Optional<Long> onlyContact, Predicate<SyntheticEvent> wanted, int limit) {
        long position;
        try {
            position = cursor.filter(c -> !c.isEmpty()).map(Long::parseLong)
                    .orElse(onlyContact.orElse(1L) * EVENTS_PER_CONTACT);
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest("invalid paging cursor");
        }
        long last = onlyContact.orElse((long) contacts.count());
        List<Found> found = new ArrayList<>();
        for (long contact = position / EVENTS_PER_CONTACT; contact <= last; contact++) {
            List<SyntheticEvent> events = contacts.events(contact);
            int first = contact == position / EVENTS_PER_CONTACT ? (int) (position % EVENTS_PER_CONTACT) : 0;
            for (int i = first; i < events.size(); i++) {
                if (!wanted.test(events.get(i))) {
                    continue;
                }
                if (found.size() == limit) {
                    return new Scan(found, Optional.of(String.valueOf(contact * EVENTS_PER_CONTACT + i)));
                }
                found.add(new Found(contact, i, events.get(i)));
            }
        }
        return new Scan(found, Optional.empty());
    }

    private List<SubmissionRef> indexSubmissions(String formId) {
        List<SubmissionRef> refs = new ArrayList<>();
        for (long contact = 1; contact <= contacts.count(); contact++) {
            List<SyntheticEvent> events = contacts.events(contact);
            for (int i = 0; i < events.size(); i++) {
                SyntheticEvent event = events.get(i);
                if (event.type() == SyntheticEventType.FORM_SUBMITTED && formId.equals(event.attrs().get("form"))) {
                    refs.add(new SubmissionRef(contact, i, event.at().toEpochMilli()));
                }
            }
        }
        refs.sort(Comparator.comparingLong(SubmissionRef::at).reversed().thenComparingLong(SubmissionRef::contactId));
        return List.copyOf(refs);
    }

    private SyntheticForm form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(HubSpotApiException::notFound);
    }

    private static void value(ArrayNode values, String name, String value) {
        values.addObject().put("name", name).put("value", value).put("objectTypeId", "0-1");
    }
}
