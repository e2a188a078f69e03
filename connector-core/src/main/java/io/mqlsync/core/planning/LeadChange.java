package io.mqlsync.core.planning;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The minimal write for one lead: only what differs from its snapshot. Property names are mqlsync's
 * ({@code mql_score}, with the configured prefix) or canonical CRM fields ({@code leadStatus},
 * {@code lifecycleStage}); the adapter maps both to its CRM's names.
 *
 * @param lead            the record to write
 * @param properties      values to set, by name; never blank (clearing is {@code cleared})
 * @param cleared         properties to empty (HubSpot: set to {@code ""}; Salesforce: {@code fieldsToNull});
 *                        {@code ownerId} here clears the owner
 * @param newOwner        the owner to assign
 * @param task            the handoff task to create, once
 * @param stageMove       whether {@code lifecycleStage} must be cleared in an earlier request before it is
 *                        set (HubSpot refuses to move a stage backwards directly)
 */
public record LeadChange(LeadId lead, Map<String, String> properties, Set<String> cleared, Optional<OwnerId> newOwner,
                         Optional<HandoffTask> task, StageMove stageMove) {
    public LeadChange {
        Objects.requireNonNull(lead, "lead");
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        cleared = Set.copyOf(cleared);
        Objects.requireNonNull(newOwner, "newOwner");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(stageMove, "stageMove");
        if (properties.values().stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a property value must not be blank; clear it instead");
        }
        if (cleared.stream().anyMatch(properties::containsKey)) {
            throw new IllegalArgumentException("a property is either set or cleared");
        }
        if (newOwner.isPresent() && cleared.contains(CanonicalField.OWNER_ID)) {
            throw new IllegalArgumentException("the owner is either assigned or cleared");
        }
        if (stageMove == StageMove.CLEAR_FIRST && !properties.containsKey(CanonicalField.LIFECYCLE_STAGE)) {
            throw new IllegalArgumentException("only a stage being set can be cleared first");
        }
    }

    /** Nothing to write for {@code lead}. */
    public static LeadChange none(LeadId lead) {
        return new LeadChange(lead, Map.of(), Set.of(), Optional.empty(), Optional.empty(), StageMove.DIRECT);
    }

    /** Whether there is nothing to write: a re-run with nothing new makes no write calls. */
    public boolean isEmpty() {
        return properties.isEmpty() && cleared.isEmpty() && newOwner.isEmpty() && task.isEmpty();
    }

    /** How {@code lifecycleStage} is moved. */
    public enum StageMove {
        /** Set directly (or not set at all). */
        DIRECT,
        /** Cleared in one request, then set in the next. */
        CLEAR_FIRST
    }

    /** Values may be personal (reasons): names only. */
    @Override
    public String toString() {
        return "LeadChange[" + lead + ", set=" + properties.keySet() + ", cleared=" + cleared + ", newOwner="
                + newOwner.map(OwnerId::value).orElse("-") + ", task=" + task.isPresent() + ", " + stageMove + "]";
    }
}
