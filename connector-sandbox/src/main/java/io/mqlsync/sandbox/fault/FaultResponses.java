package io.mqlsync.sandbox.fault;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link Fault} into the WireMock response that produces it on the wire. Transport faults
 * (reset, stall, truncated body, proxy HTML) look the same for every CRM; the rest take the vendor's
 * wording from {@link VendorFaultBodies}.
 */
public final class FaultResponses {

    private static final String EDGE_PAGE = """
            <html>
            <head><title>%1$d %2$s</title></head>
            <body>
            <center><h1>%1$d %2$s</h1></center>
            <hr><center>cloudflare</center>
            </body>
            </html>
            """;

    private final VendorFaultBodies vendor;

    /** Renders faults with {@code vendor}'s bodies. */
    public FaultResponses(VendorFaultBodies vendor) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
    }

    /** The response that makes {@code fault} happen. */
    public ResponseDefinition render(Fault fault) {
        return switch (fault.kind()) {
            case RATE_LIMITED -> canned(vendor.rateLimited(fault.duration()));
            case SERVER_ERROR -> canned(vendor.serverError(500));
            case BAD_GATEWAY -> canned(vendor.serverError(502));
            case SERVICE_UNAVAILABLE -> canned(vendor.serverError(503));
            case HTML_ERROR_PAGE -> canned(html(502, "Bad Gateway"));
            case CONNECTION_RESET -> ResponseDefinitionBuilder.responseDefinition()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
            case STALL -> ResponseDefinitionBuilder.like(canned(html(504, "Gateway Time-out")))
                    .withFixedDelay((int) Math.min(Integer.MAX_VALUE, fault.duration().toMillis())).build();
            case MALFORMED_BODY -> canned(vendor.malformedBody());
            case EXPIRED_TOKEN -> canned(vendor.expiredToken());
            case DAILY_LIMIT_EXHAUSTED -> canned(vendor.dailyLimitExhausted());
        };
    }

    /** A canned answer as a WireMock response. */
    public static ResponseDefinition canned(CannedResponse response) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status()).withBody(response.body());
        response.headers().forEach(builder::withHeader);
        return builder.build();
    }

    private static CannedResponse html(int status, String reason) {
        return new CannedResponse(status, Map.of("Content-Type", "text/html"), EDGE_PAGE.formatted(status, reason));
    }
}
