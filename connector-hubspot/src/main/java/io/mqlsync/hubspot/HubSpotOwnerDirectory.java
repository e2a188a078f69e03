package io.mqlsync.hubspot;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.OwnerDirectory;
import io.mqlsync.hubspot.client.HubSpotClient;
import io.mqlsync.hubspot.client.Owner;
import io.mqlsync.hubspot.client.Paged;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * HubSpot's owners: every page of the active ones, then every page of the archived ones (HubSpot hides
 * archived owners unless asked), which count as inactive. Queues are told apart from people. Not thread-safe.
 */
final class HubSpotOwnerDirectory implements OwnerDirectory {
    private final HubSpotClient client;

    HubSpotOwnerDirectory(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public List<CrmOwner> owners() {
        List<CrmOwner> owners = new ArrayList<>();
        for (boolean archived : new boolean[] {false, true}) {
            Optional<String> after = Optional.empty();
            do {
                Paged<Owner> page = client.owners(archived, after);
                page.items().forEach(o -> owners.add(owner(o, archived)));
                after = page.after();
            } while (after.isPresent());
        }
        return owners;
    }

    private static CrmOwner owner(Owner owner, boolean listedAsArchived) {
        Optional<OwnerEmail> email = owner.email().map(String::strip).filter(OwnerEmail::looksLikeEmail).map(OwnerEmail::new);
        OwnerRoster.Status status = owner.archived() || listedAsArchived ? OwnerRoster.Status.INACTIVE : OwnerRoster.Status.ACTIVE;
        return new CrmOwner(new OwnerId(owner.id()), email, status, owner.queue() ? CrmOwner.Kind.QUEUE : CrmOwner.Kind.PERSON);
    }
}
