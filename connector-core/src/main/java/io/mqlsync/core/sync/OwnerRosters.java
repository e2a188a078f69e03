package io.mqlsync.core.sync;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CrmOwner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the router's roster from the CRM's owner list: owners by email, active or not. */
final class OwnerRosters {
    private OwnerRosters() {
    }

    /** Owners without an email (queues) cannot be named in a config and are left out. */
    static OwnerRoster of(List<CrmOwner> owners) {
        Map<OwnerEmail, OwnerRoster.Entry> byEmail = new HashMap<>();
        for (CrmOwner owner : owners) {
            owner.email().ifPresent(email -> byEmail.merge(email, new OwnerRoster.Entry(owner.id(), owner.status()),
                    // an email listed twice (a person and a deactivated copy): the active one wins
                    (a, b) -> a.status() == OwnerRoster.Status.ACTIVE ? a : b));
        }
        return OwnerRoster.of(byEmail);
    }
}
