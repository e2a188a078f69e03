package io.mqlsync.sandbox.hubspot;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every vendor request, and every response but 429s and injected faults, against HubSpot's
 * OpenAPI files, and hands findings to {@link SpecViolations}. Runs in {@code beforeResponseSent}, so
 * a finding is recorded before the client sees the response and a test's assertions cannot race it
 * (NOTES.md).
 */
final class SpecValidationListener implements ServeEventListener {

    static final String NAME = "mqlsync-hubspot-spec";

    private static final Logger LOG = LoggerFactory.getLogger(SpecValidationListener.class);

    private final HubSpotSpecs specs;
    private final SpecViolations violations;
    private final Set<UUID> unvalidatedResponses;

    /** @param unvalidatedResponses serve events whose responses are not HubSpot's own (faults); shared, concurrent */
    SpecValidationListener(HubSpotSpecs specs, SpecViolations violations, Set<UUID> unvalidatedResponses) {
        this.specs = specs;
        this.violations = violations;
        this.unvalidatedResponses = unvalidatedResponses;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        LoggedRequest logged = serveEvent.getRequest();
        String path = HubSpotGateway.pathOf(logged.getUrl());
        boolean skipResponse = unvalidatedResponses.remove(serveEvent.getId());
        if (!specs.covers(path)) {
            return;
        }
        Request request = request(logged, HubSpotSpecs.validatedAs(path));
        LoggedResponse served = serveEvent.getResponse();
        Optional<Response> response = skipResponse || served == null || served.getStatus() == 429
                ? Optional.empty() : Optional.of(response(served));
        List<SpecViolation> found = specs.validate(request, response);
        if (!found.isEmpty()) {
            found.forEach(v -> LOG.warn("HubSpot spec violation: {}", v));
            violations.add(found);
        }
    }

    private static Request request(LoggedRequest logged, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(), path);
        String body = logged.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        for (HttpHeader header : logged.getHeaders().all()) {
            builder.withHeader(header.key(), header.values());
        }
        for (Map.Entry<String, List<String>> param : HubSpotGateway.queryOf(logged.getUrl()).entrySet()) {
            builder.withQueryParam(param.getKey(), param.getValue());
        }
        return builder.build();
    }

    private static Response response(LoggedResponse served) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(served.getStatus());
        String body = served.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        if (served.getHeaders() != null) {
            for (HttpHeader header : served.getHeaders().all()) {
                builder.withHeader(header.key(), header.values());
            }
        }
        return builder.build();
    }
}
