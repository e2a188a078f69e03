package io.mqlsync.hubspot.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One marketing email event from the legacy {@code /email/public/v1/events}.
 *
 * @param type         HubSpot's type: {@code OPEN}, {@code CLICK}, {@code BOUNCE}, {@code STATUSCHANGE}, ...
 * @param at           when it happened
 * @param url          the clicked link, for clicks
 * @param unsubscribed for a status change, whether it unsubscribed the recipient
 */
public record EmailEvent(String type, Instant at, Optional<String> url, boolean unsubscribed) {
    public EmailEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(url, "url");
    }
}
