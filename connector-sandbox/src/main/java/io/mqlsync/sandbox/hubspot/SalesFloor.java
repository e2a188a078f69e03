package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticDisposition;
import io.mqlsync.sandbox.journal.WriteOrigin;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sales team working the leads handed to them, by the generator's seeded dispositions: once a
 * contact has been a marketing-qualified lead with an owner for the disposition's delay, its rep
 * accepts it (lead status {@code IN_PROGRESS}), rejects it (lead status {@code UNQUALIFIED} and the
 * reason in the rejection property, when that property exists and offers the reason) or never answers.
 * Each handoff is answered once. Thread-safe.
 */
final class SalesFloor {

    private final HubSpotObjects contacts;
    private final SyntheticCrm crm;
    private final Clock clock;
    private final Set<String> answered = new HashSet<>();

    SalesFloor(HubSpotObjects contacts, SyntheticCrm crm, Clock clock) {
        this.contacts = contacts;
        this.crm = crm;
        this.clock = clock;
    }

    /**
     * Lets every rep answer the handoffs that are due.
     *
     * @param prefix the write-back prefix ({@code mql_}); the rejection reason goes to {@code prefix + "rejection_reason"}
     * @return how many contacts a rep changed
     */
    synchronized int respond(String prefix) {
        Instant now = clock.instant();
        Optional<PropertyDefinition> reasons = contacts.catalog().get(prefix + "rejection_reason");
        List<Map.Entry<Long, Map<String, String>>> due = new ArrayList<>();
        contacts.store().forEachLive(1, contact -> {
            answer(contact, now, prefix, reasons).ifPresent(edit -> due.add(Map.entry(contact.id(), edit)));
            return true;
        });
        due.forEach(e -> contacts.write(e.getKey(), e.getValue(), WriteOrigin.SALES_REP));
        return due.size();
    }

    /** The rep's edit of one contact, if its handoff is due and not answered yet. */
    private Optional<Map<String, String>> answer(ObjectView contact, Instant now, String prefix,
                                                 Optional<PropertyDefinition> reasons) {
        if (!contact.get("lifecyclestage").orElse("").equals("marketingqualifiedlead")
                || contact.get("hubspot_owner_id").isEmpty()) {
            return Optional.empty();
        }
        Instant handedAt = contact.get(prefix + "qualified_at").or(() -> contact.get("lastmodifieddate"))
                .flatMap(PropertyCatalog::parseInstant).orElse(now);
        String handoff = contact.id() + "@" + handedAt;
        SyntheticDisposition disposition = crm.disposition((int) ((contact.id() - 1) % crm.contactCount()));
        if (answered.contains(handoff) || now.isBefore(handedAt.plus(disposition.after()))) {
            return Optional.empty();
        }
        answered.add(handoff);
        Map<String, String> edit = new LinkedHashMap<>();
        switch (disposition.kind()) {
            case ACCEPTED -> edit.put("hs_lead_status", "IN_PROGRESS");
            case REJECTED -> {
                edit.put("hs_lead_status", "UNQUALIFIED");
                String reason = disposition.reason().orElseThrow();
                if (reasons.map(p -> p.hasOption(reason)).orElse(false)) {
                    edit.put(prefix + "rejection_reason", reason);
                }
            }
            case NO_RESPONSE -> { }
        }
        return edit.isEmpty() ? Optional.empty() : Optional.of(edit);
    }
}
