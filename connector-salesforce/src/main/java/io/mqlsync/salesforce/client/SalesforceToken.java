package io.mqlsync.salesforce.client;

import io.mqlsync.core.model.Secret;
import java.util.Objects;

/**
 * A session from the token endpoint.
 *
 * @param accessToken the session id the partner API takes in its {@code SessionHeader}
 * @param instanceUrl the org's instance, where the SOAP endpoint lives; no trailing slash
 */
public record SalesforceToken(Secret accessToken, String instanceUrl) {
    public SalesforceToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(instanceUrl, "instanceUrl");
        instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    }

    /** The partner API endpoint of this session's instance for {@code apiVersion}, e.g. {@code 65.0}. */
    public String serviceEndpoint(String apiVersion) {
        return instanceUrl + "/services/Soap/u/" + apiVersion;
    }
}
