package io.mqlsync.sandbox.hubspot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.sandbox.fault.CannedResponse;
import io.mqlsync.sandbox.fault.VendorFaultBodies;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** HubSpot's wording of rate-limit, server, authentication and daily-limit errors. Immutable. */
final class HubSpotFaultBodies implements VendorFaultBodies {

    private final RateLimits limits;

    HubSpotFaultBodies(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public CannedResponse rateLimited(Duration retryAfter) {
        Map<String, String> headers = new HashMap<>(rateHeaders());
        headers.put("Retry-After", String.valueOf(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
        return withHeaders(tooMany(HubSpotRateLimiter.Policy.TEN_SECONDLY_ROLLING), headers);
    }

    @Override
    public CannedResponse serverError(int status) {
        String message = status == 500 ? "internal error" : status == 502 ? "Bad Gateway" : "Service Unavailable";
        return CannedResponse.json(status, HubSpotJson.write(HubSpotApiException.errorBody("INTERNAL_ERROR", message)));
    }

    @Override
    public CannedResponse expiredToken() {
        ObjectNode body = HubSpotApiException.errorBody("EXPIRED_AUTHENTICATION",
                "The OAuth token used to make this call expired 1 hour(s) ago.");
        return CannedResponse.json(401, HubSpotJson.write(body));
    }

    @Override
    public CannedResponse dailyLimitExhausted() {
        Map<String, String> headers = new HashMap<>(rateHeaders());
        headers.put("X-HubSpot-RateLimit-Daily-Remaining", "0");
        return withHeaders(tooMany(HubSpotRateLimiter.Policy.DAILY), headers);
    }

    @Override
    public CannedResponse malformedBody() {
        return CannedResponse.json(200, "{\"results\":[{\"id\":\"1\",\"properties\":{\"email\":\"");
    }

    /** HubSpot's 429 body: it does not follow the spec's Error schema (NOTES.md). */
    static CannedResponse tooMany(HubSpotRateLimiter.Policy policy) {
        ObjectNode body = HubSpotJson.object();
        body.put("status", "error");
        body.put("message", "You have reached your " + policy.wording() + " limit.");
        body.put("errorType", "RATE_LIMIT");
        body.put("correlationId", UUID.randomUUID().toString());
        body.put("policyName", policy.name());
        body.put("groupName", "private-app-api-calls");
        return CannedResponse.json(429, HubSpotJson.write(body));
    }

    static CannedResponse withHeaders(CannedResponse response, Map<String, String> extra) {
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.putAll(extra);
        return new CannedResponse(response.status(), headers, response.body());
    }

    private Map<String, String> rateHeaders() {
        return Map.of(
                "X-HubSpot-RateLimit-Max", String.valueOf(limits.requestsPer10s()),
                "X-HubSpot-RateLimit-Remaining", "0",
                "X-HubSpot-RateLimit-Interval-Milliseconds", "10000",
                "X-HubSpot-RateLimit-Daily", String.valueOf(limits.daily()));
    }
}
