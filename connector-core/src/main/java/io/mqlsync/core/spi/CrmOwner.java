package io.mqlsync.core.spi;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.routing.OwnerRoster;
import java.util.Objects;
import java.util.Optional;

/**
 * An owner as the CRM lists it.
 *
 * @param id     the CRM's owner id
 * @param email  the owner's email; empty for queues without one
 * @param status whether records can be assigned to it (archived or inactive owners cannot)
 * @param kind   a person or a queue
 */
public record CrmOwner(OwnerId id, Optional<OwnerEmail> email, OwnerRoster.Status status, Kind kind) {
    public CrmOwner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
    }

    /** A person, or a queue shared by a team. */
    public enum Kind {
        PERSON,
        QUEUE
    }
}
