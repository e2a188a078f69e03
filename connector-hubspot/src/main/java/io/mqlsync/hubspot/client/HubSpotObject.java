package io.mqlsync.hubspot.client;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CRM object as HubSpot returns it: its id and the requested properties that hold a value (HubSpot
 * answers {@code null} for unset properties; those are left out).
 */
public record HubSpotObject(String id, Map<String, String> properties) {
    public HubSpotObject {
        Objects.requireNonNull(id, "id");
        properties = Map.copyOf(properties);
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** Values may be personal: names only. */
    @Override
    public String toString() {
        return "HubSpotObject[" + id + ", " + properties.keySet() + "]";
    }
}
