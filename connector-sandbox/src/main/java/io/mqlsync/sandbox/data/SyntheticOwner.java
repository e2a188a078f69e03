package io.mqlsync.sandbox.data;

import java.util.Objects;

/**
 * A generated sales user or queue.
 *
 * @param ordinal   position in the roster, from 0; what {@link SyntheticLead#OWNER} refers to
 * @param firstName first name (the queue's name for a queue)
 * @param lastName  last name (empty for a queue)
 * @param email     login email
 * @param kind      person or queue
 * @param active    false for someone who left: their records stay theirs, but routing must skip them
 * @param team      team name
 */
public record SyntheticOwner(int ordinal, String firstName, String lastName, String email, OwnerKind kind,
                             boolean active, String team) {

    public SyntheticOwner {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(kind, "kind");
    }
}
