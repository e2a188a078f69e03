package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.journal.WriteOrigin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor endpoints the fake portal serves, each with the operation name the journal counts under
 * and fault rules match on ({@code contacts.batchUpdate}, {@code owners.list}, ...).
 */
final class HubSpotRoutes {

    /**
     * One endpoint.
     *
     * @param method    HTTP method
     * @param pattern   path pattern, variable segments as groups
     * @param operation the endpoint's name
     * @param search    whether the search limit applies instead of the ten-second one
     * @param handler   what serves it
     */
    record Route(String method, Pattern pattern, String operation, boolean search,
                 Function<ApiRequest, ApiResponse> handler) {
    }

    /**
     * A request matched to an endpoint.
     *
     * @param route      the endpoint
     * @param pathParams the path's variable segments
     */
    record Match(Route route, List<String> pathParams) {
    }

    private static final String SEGMENT = "([^/]+)";

    private final List<Route> routes = new ArrayList<>();
    private final ScopeRefusals refusals;

    HubSpotRoutes(HubSpotPortal portal) {
        this.refusals = portal.refusals();
        objects("contacts", portal.contacts());
        objects("tasks", portal.tasks());
        PropertiesApi properties = portal.properties();
        String props = "/crm/v3/properties/" + SEGMENT;
        add("GET", props, "properties.list", properties::list);
        add("POST", props, "properties.create", properties::create);
        add("POST", props + "/batch/create", "properties.batchCreate", properties::batchCreate);
        add("POST", props + "/batch/read", "properties.batchRead", properties::batchRead);
        add("GET", props + "/groups", "properties.groups", properties::groups);
        add("POST", props + "/groups", "properties.createGroup", properties::createGroup);
        add("GET", props + "/groups/" + SEGMENT, "properties.group", properties::group);
        add("GET", props + "/" + SEGMENT, "properties.get", properties::get);
        add("PATCH", props + "/" + SEGMENT, "properties.update", properties::update);
        add("GET", "/crm/v3/owners/?", "owners.list", portal.owners()::list);
        add("GET", "/crm/v3/owners/" + SEGMENT, "owners.get", portal.owners()::get);
        add("GET", "/crm/associations/v4/" + SEGMENT + "/" + SEGMENT + "/labels", "associations.labels",
                portal::associationLabels);
        add("POST", "/crm/v4/associations/" + SEGMENT + "/" + SEGMENT + "/batch/read", "associations.batchRead",
                portal.contactAssociations()::readBatch);
        add("POST", "/crm/v3/objects/deals/batch/read", "deals.batchRead", portal.deals()::batchRead);
        add("POST", "/crm/v3/objects/meetings/batch/read", "meetings.batchRead", portal.meetings()::batchRead);
        add("GET", "/crm/v4/objects/" + SEGMENT + "/" + SEGMENT + "/associations/" + SEGMENT, "associations.list",
                portal::associations);
        EngagementApi engagement = portal.engagement();
        add("GET", "/marketing/v3/forms/?", "forms.list", engagement::listForms);
        add("GET", "/marketing/v3/forms/" + SEGMENT, "forms.get", engagement::getForm);
        add("GET", "/form-integrations/v1/submissions/forms/" + SEGMENT, "forms.submissions", engagement::submissions);
        add("GET", "/events/v3/events/event-types", "events.types", engagement::eventTypes);
        add("GET", "/events/v3/events/?", "events.list", engagement::webEvents);
        add("GET", "/email/public/v1/events", "emailEvents.list", engagement::emailEvents);
    }

    private void objects(String type, HubSpotObjects objects) {
        String base = "/crm/v3/objects/" + type;
        add("GET", base, type + ".list", objects::list);
        add("POST", base, type + ".create", r -> objects.create(r, WriteOrigin.API));
        add("POST", base + "/batch/read", type + ".batchRead", objects::batchRead);
        add("POST", base + "/batch/update", type + ".batchUpdate", r -> objects.batchUpdate(r, WriteOrigin.API));
        add("POST", base + "/batch/create", type + ".batchCreate", r -> objects.batchCreate(r, WriteOrigin.API));
        route("POST", base + "/search", type + ".search", true, objects::search);
        add("GET", base + "/" + SEGMENT, type + ".get", objects::get);
        add("PATCH", base + "/" + SEGMENT, type + ".update", r -> objects.update(r, WriteOrigin.API));
    }

    private void add(String method, String pattern, String operation, Function<ApiRequest, ApiResponse> handler) {
        route(method, pattern, operation, false, handler);
    }

    /** Every endpoint answers 403 while its operation is refused ({@link ScopeRefusals}). */
    private void route(String method, String pattern, String operation, boolean search,
                       Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, Pattern.compile(pattern), operation, search, request -> {
            refusals.check(operation);
            return handler.apply(request);
        }));
    }

    /** The endpoint serving this method and path; empty when none does. */
    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (route.method().equals(method) && matcher.matches()) {
                List<String> params = new ArrayList<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    params.add(URLDecoder.decode(matcher.group(i), StandardCharsets.UTF_8));
                }
                return Optional.of(new Match(route, params));
            }
        }
        return Optional.empty();
    }
}
