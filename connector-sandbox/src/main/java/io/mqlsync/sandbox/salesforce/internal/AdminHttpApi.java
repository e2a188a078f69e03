package io.mqlsync.sandbox.salesforce.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.mqlsync.sandbox.salesforce.internal.schema.FieldValues;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's own HTTP admin API, under WireMock's {@code /__admin} and so apart from the Salesforce paths:
 * <ul>
 *   <li>{@code GET /__admin/mqlsync/salesforce/journal}: calls per operation, faults, token requests, writes</li>
 *   <li>{@code GET /__admin/mqlsync/salesforce/state}: every record by object</li>
 *   <li>{@code GET /__admin/mqlsync/salesforce/records/{type}}: one object's records</li>
 *   <li>{@code PATCH /__admin/mqlsync/salesforce/record/{id}}: a sales rep's edit, JSON {@code {"Field": "value"}},
 *       {@code null} clears; 400 with the status code when the org refuses</li>
 *   <li>{@code POST /__admin/mqlsync/salesforce/record/{id}/convert}: converts a lead</li>
 * </ul>
 */
public final class AdminHttpApi implements AdminApiExtension {
    private static final String ROOT = "/mqlsync/salesforce";

    private final ObjectMapper json = new ObjectMapper();
    private final SalesforceOrg org;

    /** @param org the org the API shows and changes */
    public AdminHttpApi(SalesforceOrg org) {
        this.org = org;
    }

    @Override
    public String getName() {
        return "mqlsync-salesforce-admin";
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, ROOT + "/journal", (AdminTask) (admin, event, params) -> ok(journal()));
        router.add(RequestMethod.GET, ROOT + "/state", (AdminTask) (admin, event, params) -> {
            ObjectNode state = json.createObjectNode();
            org.dump().forEach((type, records) -> state.set(type, records(records)));
            return ok(state);
        });
        router.add(RequestMethod.GET, ROOT + "/records/{type}", (AdminTask) (admin, event, params) ->
                guarded(() -> ok(records(org.records(params.get("type"))))));
        router.add(RequestMethod.PATCH, ROOT + "/record/{id}", (AdminTask) (admin, event, params) ->
                guarded(() -> {
                    org.patch(params.get("id"), changes(event.getRequest().getBodyAsString()));
                    return ok(record(org.record(params.get("id")).orElseThrow()));
                }));
        router.add(RequestMethod.POST, ROOT + "/record/{id}/convert", (AdminTask) (admin, event, params) ->
                guarded(() -> ok(json.createObjectNode().put("contactId", org.convertLead(params.get("id"), Map.of())))));
    }

    private JsonNode journal() {
        RecordingJournal j = org.journal();
        ObjectNode out = json.createObjectNode();
        ObjectNode calls = out.putObject("calls");
        j.calls().forEach((op, n) -> calls.put(op.element(), n));
        out.set("faults", json.valueToTree(j.faults()));
        out.set("tokenRequests", json.valueToTree(j.tokenRequests()));
        out.put("apiRequestsUsed", org.apiUsage());
        out.put("writeCount", j.writeCount());
        var writes = out.putArray("writes");
        j.writes().forEach(w -> {
            ObjectNode n = writes.addObject().put("at", w.at().toString()).put("origin", w.origin().name())
                    .put("operation", w.operation().element()).put("sObjectType", w.sObjectType());
            w.id().ifPresent(id -> n.put("id", id));
            n.set("values", json.valueToTree(w.values()));
            n.set("fieldsToNull", json.valueToTree(w.fieldsToNull()));
            w.statusCode().ifPresent(c -> n.put("statusCode", c));
        });
        out.set("schemaViolations", json.valueToTree(j.schemaViolations()));
        return out;
    }

    private JsonNode records(List<Map<String, Object>> records) {
        var array = json.createArrayNode();
        records.forEach(r -> array.add(record(r)));
        return array;
    }

    private JsonNode record(Map<String, Object> record) {
        ObjectNode n = json.createObjectNode();
        record.forEach((field, value) -> {
            switch (value) {
                case Boolean b -> n.put(field, b);
                case Integer i -> n.put(field, i);
                case Double d -> n.put(field, d);
                case Instant i -> n.put(field, FieldValues.format(i));
                case LocalDate d -> n.put(field, d.toString());
                default -> n.put(field, value.toString());
            }
        });
        return n;
    }

    private Map<String, Optional<String>> changes(String body) {
        try {
            JsonNode node = json.readTree(body);
            Map<String, Optional<String>> changes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                changes.put(e.getKey(), e.getValue().isNull() ? Optional.empty() : Optional.of(e.getValue().asText()));
            }
            return changes;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not a JSON object of field values", e);
        }
    }

    private ResponseDefinition guarded(Supplier<ResponseDefinition> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            return new ResponseDefinitionBuilder().withStatus(400).withHeader("Content-Type", "application/json")
                    .withBody(json.createObjectNode().put("error", e.getMessage()).toString()).build();
        }
    }

    private static ResponseDefinition ok(JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body.toString()).build();
    }
}
