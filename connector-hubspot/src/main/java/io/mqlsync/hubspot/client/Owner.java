package io.mqlsync.hubspot.client;

import java.util.Objects;
import java.util.Optional;

/**
 * An owner from {@code /crm/v3/owners}.
 *
 * @param id       the owner id ({@code hubspot_owner_id} values)
 * @param email    the owner's email, empty for a queue without one
 * @param archived whether HubSpot archived (deactivated) the owner
 * @param queue    whether the owner is a queue rather than a person
 */
public record Owner(String id, Optional<String> email, boolean archived, boolean queue) {
    public Owner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }

    @Override
    public String toString() {
        return "Owner[" + id + ", archived=" + archived + ", queue=" + queue + "]";
    }
}
