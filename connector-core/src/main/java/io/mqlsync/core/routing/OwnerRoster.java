package io.mqlsync.core.routing;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CRM's owners by email, resolved once at start from the adapter's owner directory, so that
 * configs can name owners by email while writes use CRM ids.
 */
public final class OwnerRoster {
    private final Map<OwnerEmail, Entry> owners;

    private OwnerRoster(Map<OwnerEmail, Entry> owners) {
        this.owners = Map.copyOf(owners);
    }

    public static OwnerRoster of(Map<OwnerEmail, Entry> owners) {
        return new OwnerRoster(owners);
    }

    /** @return the owner, or empty when the CRM has no owner with this email */
    public Optional<Entry> find(OwnerEmail email) {
        return Optional.ofNullable(owners.get(email));
    }

    /**
     * @return whether the CRM lists the owner with this id as inactive only: records cannot be assigned
     *         to it, so a lead it owns has no working owner. An id the roster does not list is not inactive.
     */
    public boolean isInactive(OwnerId id) {
        return owners.values().stream().anyMatch(e -> e.id().equals(id))
                && owners.values().stream().noneMatch(e -> e.id().equals(id) && e.status() == Status.ACTIVE);
    }

    /** @return the owner's id when the CRM knows the owner and it is active, else empty */
    public Optional<OwnerId> activeId(OwnerEmail email) {
        return find(email).filter(e -> e.status() == Status.ACTIVE).map(Entry::id);
    }

    /**
     * One CRM owner.
     *
     * @param id     the CRM's owner id
     * @param status whether the CRM lets records be assigned to the owner
     */
    public record Entry(OwnerId id, Status status) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
        }

        public static Entry active(String id) {
            return new Entry(new OwnerId(id), Status.ACTIVE);
        }

        public static Entry inactive(String id) {
            return new Entry(new OwnerId(id), Status.INACTIVE);
        }
    }

    /** Whether an owner can receive records (HubSpot archived owners and inactive Salesforce users cannot). */
    public enum Status {
        ACTIVE,
        INACTIVE
    }

    @Override
    public String toString() {
        return "OwnerRoster[" + owners.size() + " owners]";
    }
}
