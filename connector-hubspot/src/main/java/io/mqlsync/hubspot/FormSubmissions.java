package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.EngagementArchive.KeyedEvent;
import io.mqlsync.hubspot.client.Form;
import io.mqlsync.hubspot.client.FormSubmission;
import io.mqlsync.hubspot.client.HubSpotEngagementClient;
import io.mqlsync.hubspot.client.Paged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Form submissions read per form, not per contact, and filed in the instance's {@link EngagementArchive}
 * keyed by the submitted email: the first refresh walks each form back to the horizon, later ones (in this
 * run or the next) only down to where the last complete walk reached, at most once per refresh interval.
 * A page of leads then looks its submissions up in the archive, so memory holds a page, not the portal's
 * submissions. Each refresh forgets what is past the horizon. Not thread-safe.
 */
final class FormSubmissions {
    /** The archive's name for what this class files. */
    static final String SOURCE = "hubspot.forms";
    /** Submissions filed at once while a form is walked: a large first walk holds no more than this. */
    static final int FILE_EVERY = 500;
    /** Fields that identify the person rather than describe the submission: never event attributes. */
    private static final Set<String> PERSONAL = Set.of("email", "firstname", "lastname", "phone", "mobilephone");

    private final HubSpotEngagementClient client;
    private final EngagementArchive archive;
    private final Duration horizon;
    private final Duration refreshEvery;
    private Optional<Instant> refreshedAt = Optional.empty();

    FormSubmissions(HubSpotEngagementClient client, EngagementArchive archive, Duration horizon, Duration refreshEvery) {
        this.client = client;
        this.archive = archive;
        this.horizon = horizon;
        this.refreshEvery = refreshEvery;
    }

    /**
     * The submissions of the contacts with these emails as FORM_SUBMITTED events, by email as given;
     * refreshes first when due. Emails with none are absent.
     */
    Map<String, List<Event>> of(Collection<String> emails, Instant now) {
        if (refreshedAt.filter(at -> at.plus(refreshEvery).isAfter(now)).isEmpty()) {
            refresh(now);
        }
        // two contacts may share an address in different cases: each gets the submissions of the address
        Map<String, List<Event>> byKey = archive.eventsOf(SOURCE, emails.stream().map(FormSubmissions::key).distinct().toList(),
                now.minus(horizon));
        Map<String, List<Event>> found = new HashMap<>();
        for (String email : emails) {
            Optional.ofNullable(byKey.get(key(email))).ifPresent(events -> found.put(email, events));
        }
        return found;
    }

    private void refresh(Instant now) {
        Instant horizonStart = now.minus(horizon);
        for (Form form : client.forms()) {
            walk(form, archive.readUpTo(SOURCE, form.id()).filter(horizonStart::isBefore).orElse(horizonStart));
        }
        archive.forgetBefore(SOURCE, horizonStart);
        refreshedAt = Optional.of(now);
    }

    /**
     * Reads a form newest first down to {@code stopAt}, filing as it goes; a submission at {@code stopAt}
     * itself is read again (the archive keeps it once), so one that landed in the same millisecond as the
     * last walk's newest is not lost. The mark moves only when the walk is complete.
     */
    private void walk(Form form, Instant stopAt) {
        Optional<Instant> newest = Optional.empty();
        List<KeyedEvent> unfiled = new ArrayList<>();
        Optional<String> after = Optional.empty();
        boolean reachedStop = false;
        do {
            Paged<FormSubmission> page = client.submissions(form.id(), after);
            for (FormSubmission submission : page.items()) {
                if (submission.submittedAt().isBefore(stopAt)) {
                    reachedStop = true;
                    break;
                }
                newest = newest.filter(n -> n.isAfter(submission.submittedAt())).or(() -> Optional.of(submission.submittedAt()));
                keyed(form, submission).ifPresent(unfiled::add);
            }
            if (unfiled.size() >= FILE_EVERY) {
                archive.file(SOURCE, unfiled);
                unfiled = new ArrayList<>();
            }
            after = page.after();
        } while (after.isPresent() && !reachedStop);
        archive.file(SOURCE, unfiled);
        newest.ifPresent(n -> archive.markReadUpTo(SOURCE, form.id(), n));
    }

    private static Optional<KeyedEvent> keyed(Form form, FormSubmission submission) {
        String email = submission.values().get("email");
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("form", form.name());
        attrs.put("url", submission.pageUrl());
        submission.values().forEach((name, value) -> {
            if (!PERSONAL.contains(name.toLowerCase(Locale.ROOT))) {
                attrs.putIfAbsent(name, value);
            }
        });
        return Optional.of(new KeyedEvent(key(email), new Event(EventType.FORM_SUBMITTED, submission.submittedAt(), Fields.of(attrs))));
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
