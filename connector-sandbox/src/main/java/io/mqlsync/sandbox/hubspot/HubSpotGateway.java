package io.mqlsync.sandbox.hubspot;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mqlsync.sandbox.fault.CannedResponse;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultPlan;
import io.mqlsync.sandbox.fault.FaultResponses;
import io.mqlsync.sandbox.fault.RequestFacts;
import io.mqlsync.sandbox.journal.Journal;
import io.mqlsync.sandbox.journal.ServedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door of the fake portal, as a WireMock transformer on a catch-all stub. For a vendor
 * request it applies, in order: fault rules, authentication, rate limits, then the endpoint; and it
 * journals what it served. Requests under {@code /__sandbox/} go to the admin API, which has no
 * faults, limits or authentication.
 */
final class HubSpotGateway implements ResponseDefinitionTransformerV2 {

    static final String NAME = "mqlsync-hubspot";
    static final String ADMIN_PREFIX = "/__sandbox/";

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotGateway.class);

    private final HubSpotRoutes routes;
    private final SandboxAdminApi admin;
    private final FaultPlan faults;
    private final FaultResponses faultResponses;
    private final HubSpotRateLimiter limiter;
    private final Journal journal;
    private final String token;
    private final HubSpotOAuth oauth;
    private final Set<UUID> unvalidatedResponses;

    HubSpotGateway(HubSpotRoutes routes, SandboxAdminApi admin, FaultPlan faults, FaultResponses faultResponses,
                   HubSpotRateLimiter limiter, Journal journal, String token, HubSpotOAuth oauth,
                   Set<UUID> unvalidatedResponses) {
        this.oauth = oauth;
        this.routes = routes;
        this.admin = admin;
        this.faults = faults;
        this.faultResponses = faultResponses;
        this.limiter = limiter;
        this.journal = journal;
        this.token = token;
        this.unvalidatedResponses = unvalidatedResponses;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest logged = serveEvent.getRequest();
        String path = pathOf(logged.getUrl());
        String method = logged.getMethod().getName();
        ApiRequest.Builder request = new ApiRequest.Builder(method, path, queryOf(logged.getUrl()),
                Optional.ofNullable(logged.getBodyAsString()).orElse(""));
        if (path.startsWith(ADMIN_PREFIX)) {
            return json(admin.handle(request.build(List.of())), Map.of());
        }
        if (HubSpotOAuth.isTokenRequest(method, path)) {
            ResponseDefinition response = json(oauth.token(request.body()), Map.of());
            journal.served(new ServedRequest("oauth.token", response.getStatus(), request.body().length(),
                    length(response), false));
            return response;
        }
        Optional<HubSpotRoutes.Match> match = routes.match(method, path);
        String operation = match.map(m -> m.route().operation()).orElse("unknown");
        long bytesIn = logged.getBody() == null ? 0 : logged.getBody().length;
        Optional<Fault> fault = faults.decide(new RequestFacts(method, path, operation));
        if (fault.isPresent()) {
            unvalidatedResponses.add(serveEvent.getId());
            ResponseDefinition response = faultResponses.render(fault.get());
            int status = fault.get().kind() == FaultKind.CONNECTION_RESET ? 0
                    : response.getStatus();
            journal.served(new ServedRequest(operation, status, bytesIn, length(response), true));
            return response;
        }
        ResponseDefinition response = serve(request, match, logged);
        journal.served(new ServedRequest(operation, response.getStatus(), bytesIn, length(response), false));
        return response;
    }

    private ResponseDefinition serve(ApiRequest.Builder request, Optional<HubSpotRoutes.Match> match,
                                     LoggedRequest logged) {
        Optional<String> bearer = HubSpotOAuth.bearer(Optional.ofNullable(logged.getHeader("Authorization")).orElse(""));
        HubSpotOAuth.TokenState state = bearer.filter(token::equals).isPresent() ? HubSpotOAuth.TokenState.VALID
                : bearer.map(oauth::state).orElse(HubSpotOAuth.TokenState.UNKNOWN);
        if (state == HubSpotOAuth.TokenState.EXPIRED) {
            return json(error(HubSpotOAuth.expired()), Map.of());
        }
        if (state == HubSpotOAuth.TokenState.UNKNOWN) {
            return json(error(new HubSpotApiException(401, "INVALID_AUTHENTICATION", "Authentication credentials not"
                    + " found. This API supports OAuth 2.0 authentication and you can find more details at"
                    + " https://developers.hubspot.com/docs/methods/auth/oauth-overview")), Map.of());
        }
        if (match.isEmpty()) {
            return json(error(new HubSpotApiException(404, "OBJECT_NOT_FOUND", "Unable to route request "
                    + request.method() + " " + request.path())), Map.of());
        }
        HubSpotRateLimiter.Decision decision = limiter.acquire(match.get().route().search());
        if (decision.refusedBy().isPresent()) {
            CannedResponse refused = HubSpotFaultBodies.tooMany(decision.refusedBy().get());
            return FaultResponses.canned(HubSpotFaultBodies.withHeaders(refused, decision.headers()));
        }
        try {
            ApiResponse response = match.get().route().handler().apply(request.build(match.get().pathParams()));
            return json(response, decision.headers());
        } catch (HubSpotApiException e) {
            return json(error(e), decision.headers());
        } catch (RuntimeException e) {
            // A bug in the sandbox, not in the client: answer like HubSpot's 500 and leave a trace.
            LOG.error("sandbox failed to serve {} {}", request.method(), request.path(), e);
            return json(error(new HubSpotApiException(500, "INTERNAL_ERROR", "internal error")), decision.headers());
        }
    }

    private static ApiResponse error(HubSpotApiException e) {
        return ApiResponse.of(e.status(), e.body());
    }

    private static ResponseDefinition json(ApiResponse response, Map<String, String> headers) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
        response.body().ifPresent(body -> builder.withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(HubSpotJson.write(body)));
        headers.forEach(builder::withHeader);
        return builder.build();
    }

    private static long length(ResponseDefinition response) {
        byte[] body = response.getByteBody();
        return body == null ? 0 : body.length;
    }

    static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    static Map<String, List<String>> queryOf(String url) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int start = url.indexOf('?');
        if (start < 0) {
            return query;
        }
        for (String pair : url.substring(start + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }
}
