package io.mqlsync.sandbox.hubspot;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Endpoints the portal refuses with 403 {@code MISSING_SCOPES}, as HubSpot refuses an app without the scope
 * (or a tier without the API): tests turn a detail API off to see the client fall back. Thread-safe.
 */
final class ScopeRefusals {
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    void refuse(String operation) {
        refused.add(operation);
    }

    void grantAll() {
        refused.clear();
    }

    /** Throws HubSpot's 403 when the operation is refused. */
    void check(String operation) {
        if (refused.contains(operation)) {
            throw new HubSpotApiException(403, "MISSING_SCOPES", "This app hasn't been granted all required scopes to"
                    + " make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.");
        }
    }
}
