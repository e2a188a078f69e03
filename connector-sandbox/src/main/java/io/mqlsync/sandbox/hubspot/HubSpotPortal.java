package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.journal.Journal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory state of one fake HubSpot portal: contacts seeded from a {@link SyntheticCrm}, tasks
 * and their contact associations, deals and meetings and theirs, properties, owners, forms and engagement. The vendor and admin APIs
 * are views of it. Thread-safe.
 */
final class HubSpotPortal {

    /** The association type id of task → contact, HUBSPOT_DEFINED (NOTES.md). */
    static final int TASK_TO_CONTACT = 204;
    /** The association type id of contact → task. */
    static final int CONTACT_TO_TASK = 203;

    private final int portalId;
    private final SyntheticCrm crm;
    private final HubSpotObjects contacts;
    private final HubSpotObjects tasks;
    private final PropertiesApi properties;
    private final OwnersApi owners;
    private final EngagementApi engagement;
    private final DealBook deals;
    private final MeetingBook meetings;
    private final ContactAssociations contactAssociations;
    private final ScopeRefusals refusals = new ScopeRefusals();
    private final Map<Long, List<Long>> taskContacts = new ConcurrentHashMap<>();

    HubSpotPortal(SyntheticCrm crm, Clock clock, Duration searchLag, Journal journal, int portalId) {
        this.portalId = portalId;
        this.crm = crm;
        Instant created = crm.spec().anchor().minus(Duration.ofDays(800));
        List<PropertyOption> ownerOptions = new ArrayList<>();
        for (SyntheticOwner owner : crm.owners()) {
            ownerOptions.add(PropertyOption.of((owner.firstName() + " " + owner.lastName()).trim(),
                    OwnersApi.idOf(owner.ordinal())));
        }
        PropertyCatalog contactCatalog = DefaultProperties.contacts(created, ownerOptions);
        PropertyCatalog taskCatalog = DefaultProperties.tasks(created, ownerOptions);
        ContactProperties seed = new ContactProperties(crm, OwnersApi::idOf);
        this.contacts = new HubSpotObjects("contacts", contactCatalog,
                new ObjectStore(seed, clock, searchLag, new ObjectStore.Timestamps("createdate", "lastmodifieddate")),
                new ContactRules(contactCatalog), clock, journal, portalId, crm::indexOfEmail);
        this.tasks = new HubSpotObjects("tasks", taskCatalog,
                new ObjectStore(ObjectSeed.empty(), clock, searchLag,
                        new ObjectStore.Timestamps("hs_createdate", "hs_lastmodifieddate")),
                new TaskRules(), clock, journal, portalId, email -> OptionalInt.empty());
        Map<String, PropertyCatalog> catalogs = new HashMap<>();
        catalogs.put("contacts", contactCatalog);
        catalogs.put("contact", contactCatalog);
        catalogs.put("0-1", contactCatalog);
        catalogs.put("tasks", taskCatalog);
        catalogs.put("task", taskCatalog);
        catalogs.put("0-27", taskCatalog);
        this.properties = new PropertiesApi(catalogs, clock);
        this.owners = new OwnersApi(crm.owners(), created);
        this.engagement = new EngagementApi(crm.forms(), seed, contacts, created, portalId);
        this.deals = new DealBook(crm, contacts, clock);
        this.meetings = new MeetingBook(seed, contacts, clock);
        this.contactAssociations = new ContactAssociations(List.of(deals.associationTarget(),
                meetings.associationTarget()), clock);
    }

    int portalId() {
        return portalId;
    }

    SyntheticCrm crm() {
        return crm;
    }

    HubSpotObjects contacts() {
        return contacts;
    }

    HubSpotObjects tasks() {
        return tasks;
    }

    PropertiesApi properties() {
        return properties;
    }

    OwnersApi owners() {
        return owners;
    }

    EngagementApi engagement() {
        return engagement;
    }

    DealBook deals() {
        return deals;
    }

    MeetingBook meetings() {
        return meetings;
    }

    ContactAssociations contactAssociations() {
        return contactAssociations;
    }

    ScopeRefusals refusals() {
        return refusals;
    }

    /** The contacts a task is associated with. */
    List<Long> taskContacts(long taskId) {
        return taskContacts.getOrDefault(taskId, List.of());
    }

    ApiResponse associationLabels(ApiRequest request) {
        String from = request.pathParam(0);
        String to = request.pathParam(1);
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        if (singular(from).equals("task") && singular(to).equals("contact")) {
            results.addObject().put("category", "HUBSPOT_DEFINED").put("typeId", TASK_TO_CONTACT);
        } else if (singular(from).equals("contact") && singular(to).equals("task")) {
            results.addObject().put("category", "HUBSPOT_DEFINED").put("typeId", CONTACT_TO_TASK);
        }
        return ApiResponse.ok(body);
    }

    /** Associated records of one record, task ↔ contact (v4 associations API), with {@code after} paging. */
    ApiResponse associations(ApiRequest request) {
        String from = singular(request.pathParam(0));
        long id = parseId(request.pathParam(1));
        String to = singular(request.pathParam(2));
        List<Long> targets = new ArrayList<>();
        int typeId;
        if (from.equals("task") && to.equals("contact")) {
            tasks.store().get(id).orElseThrow(HubSpotApiException::notFound);
            targets.addAll(taskContacts(id));
            typeId = TASK_TO_CONTACT;
        } else if (from.equals("contact") && to.equals("task")) {
            contacts.store().get(id).orElseThrow(HubSpotApiException::notFound);
            taskContacts.forEach((task, linked) -> {
                if (linked.contains(id)) {
                    targets.add(task);
                }
            });
            targets.sort(null);
            typeId = CONTACT_TO_TASK;
        } else {
            throw HubSpotApiException.badRequest("this portal associates only tasks and contacts");
        }
        int limit = Math.min(500, Math.max(1, request.intParam("limit", 500)));
        int after = request.intParam("after", 0);
        ObjectNode body = HubSpotJson.object();
        ArrayNode results = body.putArray("results");
        for (Long target : targets.subList(Math.min(after, targets.size()), Math.min(after + limit, targets.size()))) {
            ObjectNode result = results.addObject();
            result.put("toObjectId", String.valueOf(target));
            result.putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED").put("typeId", typeId);
        }
        if (after + limit < targets.size()) {
            body.putObject("paging").putObject("next").put("after", String.valueOf(after + limit));
        }
        return ApiResponse.ok(body);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw HubSpotApiException.notFound();
        }
    }

    private static String singular(String type) {
        return switch (type) {
            case "tasks", "task", "0-27" -> "task";
            case "contacts", "contact", "0-1" -> "contact";
            default -> type;
        };
    }

    /**
     * HubSpot's contact rule: lifecycle stage only moves forward. A write that would move it back is
     * silently ignored (the rest of the write applies); clearing it first with "" allows any stage next.
     */
    private static final class ContactRules implements HubSpotObjects.Rules {
        private final PropertyCatalog catalog;

        ContactRules(PropertyCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public Map<String, String> adjust(ObjectView current, Map<String, String> values) {
            String wanted = values.get("lifecyclestage");
            if (wanted == null || wanted.isEmpty()) {
                return values;
            }
            PropertyDefinition stage = catalog.get("lifecyclestage").orElseThrow();
            int now = current.get("lifecyclestage").map(stage::optionOrder).orElse(-1);
            if (stage.optionOrder(wanted) >= now) {
                return values;
            }
            Map<String, String> adjusted = new LinkedHashMap<>(values);
            adjusted.remove("lifecyclestage");
            return adjusted;
        }

        @Override
        public List<String> defaultProperties() {
            return List.of("email", "firstname", "lastname");
        }
    }

    /** Tasks need a due time and may only be associated with existing contacts by type 204. */
    private final class TaskRules implements HubSpotObjects.Rules {
        @Override
        public void checkCreate(JsonNode input) {
            if (input.path("properties").path("hs_timestamp").asText("").isEmpty()) {
                throw PropertyCatalog.invalid(List.of(new PropertyProblem("hs_timestamp", "REQUIRED_PROPERTY",
                        "hs_timestamp is required")), portalId);
            }
            for (JsonNode association : input.path("associations")) {
                String to = association.path("to").path("id").asText();
                long contactId;
                try {
                    contactId = Long.parseLong(to);
                } catch (NumberFormatException e) {
                    throw HubSpotApiException.badRequest("Invalid association target id " + to);
                }
                if (contacts.store().get(contactId).isEmpty()) {
                    throw HubSpotApiException.badRequest("One or more associations are invalid: no contact " + to);
                }
                for (JsonNode type : association.path("types")) {
                    if (type.path("associationTypeId").asInt() != TASK_TO_CONTACT
                            || !type.path("associationCategory").asText().equals("HUBSPOT_DEFINED")) {
                        throw HubSpotApiException.badRequest("Invalid association type "
                                + type.path("associationCategory").asText() + "/" + type.path("associationTypeId")
                                + " from task to contact; use HUBSPOT_DEFINED/" + TASK_TO_CONTACT);
                    }
                }
            }
        }

        @Override
        public void created(ObjectView record, JsonNode input) {
            List<Long> associated = new ArrayList<>();
            for (JsonNode association : input.path("associations")) {
                associated.add(Long.parseLong(association.path("to").path("id").asText()));
            }
            if (!associated.isEmpty()) {
                taskContacts.put(record.id(), List.copyOf(associated));
            }
        }

        @Override
        public List<String> defaultProperties() {
            return List.of("hs_task_subject", "hs_timestamp");
        }
    }
}
