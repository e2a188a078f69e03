package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultPlan;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.journal.EndpointStats;
import io.mqlsync.sandbox.journal.Journal;
import io.mqlsync.sandbox.journal.WriteEntry;
import io.mqlsync.sandbox.journal.WriteOrigin;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sandbox's own API under {@code /__sandbox/}, apart from HubSpot's paths: state dump, the
 * journal, a sales rep's edit of a contact, moving the clock and injecting faults. No authentication,
 * no rate limits: it is for tests, benchmarks and demos on loopback.
 *
 * <pre>
 * GET    /__sandbox/state                   counts, clock, limits used
 * GET    /__sandbox/journal?writes=N        per-endpoint counts and the newest N writes
 * DELETE /__sandbox/journal                 forget the journal
 * GET    /__sandbox/contacts/{id}           every property of a contact
 * PATCH  /__sandbox/contacts/{id}           {"properties":{...}} as a sales rep in HubSpot's UI
 * GET    /__sandbox/tasks                   every task with its contacts
 * POST   /__sandbox/clock/advance           {"seconds":N}
 * POST   /__sandbox/sales/respond           {"prefix":"mql_"}: reps answer the handoffs that are due
 * POST   /__sandbox/faults                  {"kind":"RATE_LIMITED","operation":"contacts.search","nth":3}
 * DELETE /__sandbox/faults                  remove every fault rule
 * </pre>
 */
final class SandboxAdminApi {

    private final HubSpotPortal portal;
    private final Journal journal;
    private final AdjustableClock clock;
    private final FaultPlan faults;
    private final HubSpotRateLimiter limiter;
    private final SalesFloor sales;

    SandboxAdminApi(HubSpotPortal portal, Journal journal, AdjustableClock clock, FaultPlan faults,
                    HubSpotRateLimiter limiter) {
        this.sales = new SalesFloor(portal.contacts(), portal.crm(), clock);
        this.portal = portal;
        this.journal = journal;
        this.clock = clock;
        this.faults = faults;
        this.limiter = limiter;
    }

    ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (HubSpotApiException e) {
            return ApiResponse.of(e.status(), e.body());
        } catch (RuntimeException e) {
            return ApiResponse.of(400, HubSpotApiException.errorBody("VALIDATION_ERROR",
                    "cannot handle " + request.path() + ": " + e.getClass().getSimpleName()));
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.path().substring(HubSpotGateway.ADMIN_PREFIX.length());
        String method = request.method();
        if (path.equals("state") && method.equals("GET")) {
            return ApiResponse.ok(state());
        }
        if (path.equals("journal") && method.equals("GET")) {
            return ApiResponse.ok(journal(request.intParam("writes", 100)));
        }
        if (path.equals("journal") && method.equals("DELETE")) {
            journal.clear();
            return new ApiResponse(204, Optional.empty());
        }
        if (path.equals("tasks") && method.equals("GET")) {
            return ApiResponse.ok(tasks());
        }
        if (path.startsWith("contacts/")) {
            long id = Long.parseLong(path.substring("contacts/".length()));
            return method.equals("PATCH") ? ApiResponse.ok(patchContact(id, request.body()))
                    : ApiResponse.ok(dump(portal.contacts().store().get(id).orElseThrow(HubSpotApiException::notFound)));
        }
        if (path.equals("clock/advance") && method.equals("POST")) {
            clock.advance(Duration.ofSeconds(HubSpotJson.read(request.body()).path("seconds").asLong()));
            return ApiResponse.ok(HubSpotJson.object().put("now", HubSpotJson.timestamp(clock.instant())));
        }
        if (path.equals("sales/respond") && method.equals("POST")) {
            String prefix = request.body().isBlank() ? "mql_"
                    : HubSpotJson.read(request.body()).path("prefix").asText("mql_");
            return ApiResponse.ok(HubSpotJson.object().put("responded", sales.respond(prefix)));
        }
        if (path.equals("faults") && method.equals("POST")) {
            faults.add(rule(HubSpotJson.read(request.body())));
            return new ApiResponse(204, Optional.empty());
        }
        if (path.equals("faults") && method.equals("DELETE")) {
            faults.clear();
            return new ApiResponse(204, Optional.empty());
        }
        throw new HubSpotApiException(404, "OBJECT_NOT_FOUND", "no sandbox endpoint " + method + " /__sandbox/" + path);
    }

    /** Reps answer the handoffs that are due; see {@link SalesFloor}. */
    int respondAsSales(String prefix) {
        return sales.respond(prefix);
    }

    /** Every property of a record, as stored now. */
    ObjectNode dump(ObjectView contact) {
        ObjectNode json = HubSpotJson.object();
        json.put("id", String.valueOf(contact.id()));
        ObjectNode properties = json.putObject("properties");
        new TreeMap<>(contact.all()).forEach(properties::put);
        return json;
    }

    /** A sales rep's edit: validated like any write, but the UI may move lifecycle stage back. */
    ObjectNode patchContact(long id, String body) {
        Map<String, String> values = new LinkedHashMap<>();
        HubSpotJson.read(body).path("properties").properties()
                .forEach(e -> values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        Map<String, String> checked = portal.contacts().catalog().checkAll(List.of(values), portal.portalId()).get(0);
        ObjectView updated = portal.contacts().write(id, checked, WriteOrigin.SALES_REP)
                .orElseThrow(HubSpotApiException::notFound);
        return dump(updated);
    }

    private ObjectNode state() {
        ObjectNode json = HubSpotJson.object();
        json.put("portalId", portal.portalId());
        json.put("now", HubSpotJson.timestamp(clock.instant()));
        json.put("seed", portal.crm().spec().seed());
        json.put("contacts", portal.contacts().store().count());
        json.put("contactsWritten", portal.contacts().store().writtenCount());
        json.put("tasks", portal.tasks().store().count());
        json.put("owners", portal.owners().owners().size());
        json.put("customContactProperties",
                portal.contacts().catalog().all().stream().filter(p -> !p.hubspotDefined()).count());
        json.put("requestsToday", limiter.usedToday());
        return json;
    }

    private ObjectNode journal(int writes) {
        ObjectNode json = HubSpotJson.object();
        json.put("totalRequests", journal.totalRequests());
        json.put("totalRateLimited", journal.totalRateLimited());
        json.put("writeCount", journal.writeCount());
        ObjectNode endpoints = json.putObject("endpoints");
        for (Map.Entry<String, EndpointStats> e : journal.endpoints().entrySet()) {
            EndpointStats s = e.getValue();
            endpoints.putObject(e.getKey()).put("requests", s.requests()).put("rateLimited", s.rateLimited())
                    .put("faults", s.faults()).put("bytesIn", s.bytesIn()).put("bytesOut", s.bytesOut());
        }
        ArrayNode list = json.putArray("writes");
        List<WriteEntry> all = journal.writes();
        for (WriteEntry w : all.subList(Math.max(0, all.size() - writes), all.size())) {
            ObjectNode entry = list.addObject();
            entry.put("at", HubSpotJson.timestamp(w.at())).put("objectType", w.objectType())
                    .put("objectId", w.objectId()).put("origin", w.origin().name());
            ObjectNode properties = entry.putObject("properties");
            w.properties().forEach(properties::put);
        }
        return json;
    }

    private ObjectNode tasks() {
        ObjectNode json = HubSpotJson.object();
        ArrayNode results = json.putArray("results");
        portal.tasks().store().forEachLive(1, task -> {
            ObjectNode entry = dump(task);
            ArrayNode contacts = entry.putArray("contacts");
            portal.taskContacts(task.id()).forEach(c -> contacts.add(String.valueOf(c)));
            results.add(entry);
            return true;
        });
        return json;
    }

    private static FaultRule rule(JsonNode spec) {
        FaultKind kind = FaultKind.valueOf(spec.path("kind").asText());
        Fault fault = spec.has("durationMillis")
                ? new Fault(kind, Duration.ofMillis(spec.path("durationMillis").asLong())) : Fault.of(kind);
        RequestMatcher matcher = spec.has("operation")
                ? RequestMatcher.operation(spec.path("operation").asText()) : RequestMatcher.any();
        FaultTrigger trigger;
        if (spec.has("nth")) {
            trigger = FaultTrigger.onNth(spec.path("nth").asLong());
        } else if (spec.has("every")) {
            trigger = FaultTrigger.everyNth(spec.path("every").asLong());
        } else if (spec.has("percent")) {
            trigger = FaultTrigger.percent(spec.path("percent").asDouble(), spec.path("seed").asLong(1));
        } else if (spec.has("first")) {
            trigger = FaultTrigger.times(spec.path("first").asLong(), spec.path("count").asLong(1));
        } else {
            trigger = FaultTrigger.always();
        }
        return new FaultRule(matcher, trigger, fault);
    }
}
