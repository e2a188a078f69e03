package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The v4 associations batch read from contacts to the object types the portal associates with them (deals,
 * meetings): {@code POST /crm/v4/associations/contacts/{toObjectType}/batch/read}, at most
 * {@value #MAX_INPUTS} contacts, {@value #PER_PAGE} associated objects per contact and page, a contact
 * without any an error of a 207. Each object type keeps its own records and says which belong to a contact.
 * Thread-safe when the targets' lookups are.
 */
final class ContactAssociations {
    /** HubSpot's limit of inputs to an associations batch read. */
    static final int MAX_INPUTS = 1_000;
    /** Associated objects per input per page; more come with a {@code paging.next.after}. */
    static final int PER_PAGE = 500;
    private static final Set<String> CONTACT = Set.of("contacts", "contact", "0-1");

    /**
     * An object type contacts are associated with.
     *
     * @param names    the names a path may use for it ({@code deals}, {@code deal}, {@code 0-3})
     * @param label    its upper-case name in error contexts ({@code DEAL})
     * @param plural   its plural in error messages ({@code deals})
     * @param typeId   the HUBSPOT_DEFINED association type id of contact → it
     * @param idsOfContact the ids of a contact's objects, in order; empty when none or no such contact
     */
    record Target(Set<String> names, String label, String plural, int typeId, LongFunction<List<Long>> idsOfContact) {
        Target {
            names = Set.copyOf(names);
        }
    }

    private final List<Target> targets;
    private final Clock clock;

    ContactAssociations(List<Target> targets, Clock clock) {
        this.targets = List.copyOf(targets);
        this.clock = clock;
    }

    /** {@code POST /crm/v4/associations/{from}/{to}/batch/read}: from contacts to one of the targets. */
    ApiResponse readBatch(ApiRequest request) {
        Target target = target(request.pathParam(0), request.pathParam(1));
        JsonNode inputs = HubSpotJson.read(request.body()).path("inputs");
        if (!inputs.isArray()) {
            throw HubSpotApiException.badRequest("Invalid input JSON: inputs is required");
        }
        if (inputs.size() > MAX_INPUTS) {
            throw HubSpotApiException.badRequest("Too many inputs: " + inputs.size() + ". The limit is "
                    + MAX_INPUTS + " inputs per batch.");
        }
        ArrayNode results = HubSpotJson.MAPPER.createArrayNode();
        List<String> none = new ArrayList<>();
        for (JsonNode input : inputs) {
            String from = input.path("id").asText();
            List<Long> ids = parse(from).map(target.idsOfContact()::apply).orElse(List.of());
            int after = afterOf(input);
            if (ids.size() <= after) {
                none.add(from);
                continue;
            }
            results.add(result(from, ids, after, target.typeId()));
        }
        return noAssociations(results, none, target);
    }

    private Target target(String from, String to) {
        Optional<Target> target = targets.stream().filter(t -> t.names().contains(to)).findFirst();
        if (!CONTACT.contains(from) || target.isEmpty()) {
            throw HubSpotApiException.badRequest("this portal batch-reads associations from contacts to "
                    + String.join(" or ", targets.stream().map(Target::plural).toList()) + " only");
        }
        return target.get();
    }

    private static ObjectNode result(String from, List<Long> ids, int after, int typeId) {
        ObjectNode result = HubSpotJson.object();
        result.putObject("from").put("id", from);
        ArrayNode to = result.putArray("to");
        int end = Math.min(ids.size(), after + PER_PAGE);
        for (Long id : ids.subList(after, end)) {
            ObjectNode associated = to.addObject();
            associated.put("toObjectId", String.valueOf(id));
            associated.putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED").put("typeId", typeId);
        }
        if (end < ids.size()) {
            result.putObject("paging").putObject("next").put("after", String.valueOf(end));
        }
        return result;
    }

    /**
     * HubSpot answers inputs without associations with a 207 error each ({@code NO_ASSOCIATIONS_FOUND} in
     * the live API's {@code subCategory}, left out here: the spec types {@code subCategory} as an object).
     */
    private ApiResponse noAssociations(ArrayNode results, List<String> none, Target target) {
        ObjectNode body = HubSpotJson.batchEnvelope(results, clock.instant());
        if (none.isEmpty()) {
            return ApiResponse.ok(body);
        }
        body.put("numErrors", none.size());
        ArrayNode errors = body.putArray("errors");
        for (String id : none) {
            ObjectNode error = errors.addObject();
            error.put("status", "error");
            error.put("category", "OBJECT_NOT_FOUND");
            error.put("message", "No " + target.plural() + " is associated with contact " + id + ".");
            ObjectNode context = error.putObject("context");
            context.putArray("fromObjectId").add(id);
            context.putArray("fromObjectType").add("CONTACT");
            context.putArray("toObjectType").add(target.label());
            error.putArray("errors");
            error.putObject("links");
        }
        return ApiResponse.of(207, body);
    }

    private static int afterOf(JsonNode input) {
        String after = input.path("after").asText("0");
        try {
            return Math.max(0, Integer.parseInt(after.isEmpty() ? "0" : after));
        } catch (NumberFormatException e) {
            throw HubSpotApiException.badRequest("after must be a paging cursor from a previous response");
        }
    }

    /** The id as a number; empty when it is not one, which no record has. */
    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every name of a target, for building one: plural, singular and the object type id. */
    static Set<String> names(String plural, String singular, String objectTypeId) {
        return Set.of(plural, singular, objectTypeId);
    }
}
