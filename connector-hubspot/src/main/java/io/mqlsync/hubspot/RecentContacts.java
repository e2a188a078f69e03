package io.mqlsync.hubspot;

import io.mqlsync.hubspot.client.HubSpotObject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The raw properties of the contacts read most recently, so the engagement source can derive events from
 * the aggregate properties of the page it is asked about without reading the contacts again. Bounded;
 * not thread-safe (the engine reads a page, then asks for its engagement, on one thread).
 */
final class RecentContacts {
    private static final int CAPACITY = 2_000;

    private final Map<String, HubSpotObject> contacts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HubSpotObject> eldest) {
            return size() > CAPACITY;
        }
    };

    void remember(HubSpotObject contact) {
        contacts.put(contact.id(), contact);
    }

    Optional<HubSpotObject> get(String id) {
        return Optional.ofNullable(contacts.get(id));
    }
}
