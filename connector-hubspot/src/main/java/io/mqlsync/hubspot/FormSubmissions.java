package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.hubspot.client.Form;
import io.mqlsync.hubspot.client.FormSubmission;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.Paged;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Form submissions read per form, not per contact, and incrementally: the first refresh reads each form
 * back to the horizon, later ones only what is newer than the newest submission already read, at most once
 * per refresh interval. Submissions are matched to contacts by the submitted email. Each refresh forgets
 * submissions past the horizon, so memory follows the portal's recent submissions, not its size or the
 * daemon's uptime. Not thread-safe.
 */
final class FormSubmissions {
    /** Fields that identify the person rather than describe the submission: never event attributes. */
    private static final Set<String> PERSONAL = Set.of("email", "firstname", "lastname", "phone", "mobilephone");

    private final HubSpotEngagementClient client;
    private final Duration horizon;
    private final Duration refreshEvery;
    private final Map<String, List<Event>> byEmail = new HashMap<>();
    private final Map<String, Instant> newestByForm = new HashMap<>();
    private Optional<Instant> refreshedAt = Optional.empty();

    FormSubmissions(HubSpotEngagementClient client, Duration horizon, Duration refreshEvery) {
        this.client = client;
        this.horizon = horizon;
        this.refreshEvery = refreshEvery;
    }

    /** The submissions of the contact with this email, as FORM_SUBMITTED events; refreshes first when due. */
    List<Event> of(String email, Instant now) {
        if (refreshedAt.filter(at -> at.plus(refreshEvery).isAfter(now)).isEmpty()) {
            refresh(now);
        }
        return byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), List.of());
    }

    private void refresh(Instant now) {
        for (Form form : client.forms()) {
            Instant stopAt = Optional.ofNullable(newestByForm.get(form.id())).orElse(now.minus(horizon));
            Optional<String> after = Optional.empty();
            boolean older = false;
            do {
                Paged<FormSubmission> page = client.submissions(form.id(), after);
                for (FormSubmission submission : page.items()) {
                    // newest first: everything from here on was read before or is past the horizon
                    if (!submission.submittedAt().isAfter(stopAt)) {
                        older = true;
                        break;
                    }
                    add(form, submission);
                }
                after = page.after();
            } while (after.isPresent() && !older);
        }
        forgetBefore(now.minus(horizon));
        refreshedAt = Optional.of(now);
    }

    private void forgetBefore(Instant cutoff) {
        Iterator<List<Event>> lists = byEmail.values().iterator();
        while (lists.hasNext()) {
            List<Event> events = lists.next();
            events.removeIf(e -> e.at().isBefore(cutoff));
            if (events.isEmpty()) {
                lists.remove();
            }
        }
    }

    /** Contacts (by email) with submissions held now, for tests. */
    int emailsHeld() {
        return byEmail.size();
    }

    private void add(Form form, FormSubmission submission) {
        newestByForm.merge(form.id(), submission.submittedAt(), (a, b) -> a.isAfter(b) ? a : b);
        String email = submission.values().get("email");
        if (email == null || email.isBlank()) {
            return;
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("form", form.name());
        attrs.put("url", submission.pageUrl());
        submission.values().forEach((name, value) -> {
            if (!PERSONAL.contains(name.toLowerCase(Locale.ROOT))) {
                attrs.putIfAbsent(name, value);
            }
        });
        byEmail.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), e -> new ArrayList<>())
                .add(new Event(EventType.FORM_SUBMITTED, submission.submittedAt(), Fields.of(attrs)));
    }
}
