package io.mqlsync.sandbox.hubspot;

import io.mqlsync.sandbox.data.FormPurpose;
import io.mqlsync.sandbox.data.SyntheticEvent;
import io.mqlsync.sandbox.data.SyntheticEventType;
import io.mqlsync.sandbox.data.SyntheticForm;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The meetings a generated contact booked, derived from its history like the rest of it (nothing stored): each
 * demo request is followed minutes later by a meeting booked through the meetings tool, one to seven days ahead.
 * A meeting still ahead of the data's anchor is {@code SCHEDULED}; a past one mostly {@code COMPLETED}, some
 * {@code NO_SHOW}, {@code CANCELED} or {@code RESCHEDULED}. Thread-safe.
 */
final class SeededMeetings {
    /** The most meetings one contact gets; demo requests beyond it book none. */
    static final int MAX_PER_CONTACT = 8;
    /** How HubSpot labels a meeting booked through a scheduling page. */
    static final String BOOKED_ONLINE = "MEETINGS_PUBLIC";
    private static final Duration BOOKING_DELAY = Duration.ofMinutes(3);
    private static final Duration LENGTH = Duration.ofMinutes(30);

    /**
     * One seeded meeting.
     *
     * @param ordinal  its place among the contact's meetings, from 0
     * @param bookedAt when it was booked ({@code hs_createdate})
     * @param startsAt when it starts ({@code hs_meeting_start_time}, {@code hs_timestamp})
     * @param outcome  HubSpot's {@code hs_meeting_outcome}
     * @param url      the calendar link, which not every meeting has
     */
    record Meeting(int ordinal, Instant bookedAt, Instant startsAt, String outcome, Optional<String> url) {
        Instant endsAt() {
            return startsAt.plus(LENGTH);
        }
    }

    private final Set<String> demoForms;
    private final Instant anchor;

    SeededMeetings(List<SyntheticForm> forms, Instant anchor) {
        this.demoForms = forms.stream().filter(f -> f.purpose() == FormPurpose.DEMO_REQUEST).map(SyntheticForm::id)
                .collect(Collectors.toUnmodifiableSet());
        this.anchor = anchor;
    }

    /** The meetings of contact {@code contactId} with this history, oldest first; empty when it never asked for a demo. */
    List<Meeting> of(long contactId, List<SyntheticEvent> history) {
        List<Meeting> meetings = new ArrayList<>();
        for (SyntheticEvent event : history) {
            if (meetings.size() == MAX_PER_CONTACT) {
                break;
            }
            if (event.type() == SyntheticEventType.FORM_SUBMITTED && demoForms.contains(event.attrs().get("form"))) {
                meetings.add(meeting(contactId, meetings.size(), event.at()));
            }
        }
        return List.copyOf(meetings);
    }

    private Meeting meeting(long contactId, int ordinal, Instant requestedAt) {
        long roll = Math.floorMod(contactId * 31 + ordinal * 7L, 70);
        Instant booked = requestedAt.plus(BOOKING_DELAY).truncatedTo(ChronoUnit.MILLIS);
        Instant starts = booked.plus(Duration.ofDays(1 + roll % 7)).truncatedTo(ChronoUnit.HOURS);
        String outcome;
        if (starts.isAfter(anchor)) {
            outcome = "SCHEDULED";
        } else {
            outcome = switch ((int) (roll / 7)) {
                case 0 -> "NO_SHOW";
                case 1 -> "CANCELED";
                case 2 -> "RESCHEDULED";
                default -> "COMPLETED";
            };
        }
        Optional<String> url = roll % 2 == 0
                ? Optional.of("https://meetings.example.com/booking/" + contactId + "-" + ordinal) : Optional.empty();
        return new Meeting(ordinal, booked, starts, outcome, url);
    }
}
