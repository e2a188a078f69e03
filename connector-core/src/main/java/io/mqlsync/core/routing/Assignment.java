package io.mqlsync.core.routing;

import io.mqlsync.core.model.OwnerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns a lead after routing, and why.
 *
 * @param owner    the owner the lead should have; empty when nobody could be assigned
 * @param how      how the owner was chosen
 * @param problems what to report (no eligible owner); never emails
 */
public record Assignment(Optional<OwnerId> owner, How how, List<String> problems) {
    public Assignment {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(how, "how");
        problems = List.copyOf(problems);
        if (owner.isEmpty() != (how == How.UNASSIGNED)) {
            throw new IllegalArgumentException("an assignment has an owner exactly when it is not UNASSIGNED");
        }
    }

    /** How an assignment came about. */
    public enum How {
        /** The lead already had a sales owner and {@code assignWhen} is {@code unowned}. */
        KEPT,
        /** The owner of the lead's company or account, found in a pool. */
        ACCOUNT_OWNER,
        /** The pool's next owner in turn. */
        ROUND_ROBIN,
        /** The pool's owner with the fewest open MQLs. */
        LEAST_LOADED,
        /** The owner this same handoff was given before the run was interrupted: a re-run never re-routes it. */
        RESUMED,
        /** Nobody eligible: the lead keeps its owner (if any) and the problem is reported. */
        UNASSIGNED
    }
}
