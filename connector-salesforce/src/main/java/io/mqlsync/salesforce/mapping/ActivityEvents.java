package io.mqlsync.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Campaign memberships and completed tasks as canonical events.
 * <ul>
 *   <li>A member of a {@code Webinar} campaign: {@code WEBINAR_REGISTERED} when it responded (at its
 *       creation), and {@code WEBINAR_ATTENDED} too when its status is {@code Attended} (at its first response).</li>
 *   <li>A member whose status is {@code Downloaded}: {@code CONTENT_DOWNLOADED}, the asset being the campaign.</li>
 *   <li>Any other member that responded: {@code CAMPAIGN_RESPONDED} at its first response.</li>
 *   <li>A completed task of type {@code Meeting} or {@code Call}: {@code MEETING_BOOKED} (channel meeting or
 *       call); a completed {@code Email} task whose subject is a reply ({@code Re:}): {@code EMAIL_REPLIED}.
 *       Other emails are logged outbound mail, not the lead's engagement.</li>
 * </ul>
 * Attributes: {@code campaign}, {@code campaignType}, {@code status}, {@code asset}, {@code channel}; never names.
 */
public final class ActivityEvents {
    /** The fields a {@code CampaignMember} query selects, besides the lead reference. */
    public static final List<String> MEMBER_FIELDS = List.of("Status", "HasResponded", "FirstRespondedDate", "CreatedDate",
            "Campaign.Name", "Campaign.Type");
    /** The fields a {@code Task} query selects. */
    public static final List<String> TASK_FIELDS = List.of("WhoId", "Type", "TaskSubtype", "Subject", "ActivityDate",
            "CompletedDateTime", "CreatedDate");

    private ActivityEvents() {
    }

    public static List<Event> fromMember(SObject member) {
        String status = SObjectValues.text(member, "Status").orElse("");
        boolean responded = SObjectValues.isTrue(member, "HasResponded");
        Optional<Instant> created = SObjectValues.instant(member, "CreatedDate");
        Optional<Instant> respondedAt = SObjectValues.dateAsInstant(member, "FirstRespondedDate").or(() -> created);
        String type = SObjectValues.text(member, "Campaign.Type").orElse("");
        Map<String, Object> attrs = new LinkedHashMap<>();
        SObjectValues.text(member, "Campaign.Name").ifPresent(n -> attrs.put("campaign", n));
        if (!type.isEmpty()) {
            attrs.put("campaignType", type);
        }
        if (!status.isEmpty()) {
            attrs.put("status", status);
        }
        List<Event> events = new ArrayList<>();
        if (type.equalsIgnoreCase("Webinar")) {
            if (responded) {
                created.or(() -> respondedAt).ifPresent(at -> events.add(new Event(EventType.WEBINAR_REGISTERED, at, Fields.of(attrs))));
            }
            if (status.equalsIgnoreCase("Attended")) {
                respondedAt.ifPresent(at -> events.add(new Event(EventType.WEBINAR_ATTENDED, at, Fields.of(attrs))));
            }
        } else if (status.equalsIgnoreCase("Downloaded")) {
            Map<String, Object> withAsset = new LinkedHashMap<>(attrs);
            Optional.ofNullable(attrs.get("campaign")).ifPresent(c -> withAsset.put("asset", c));
            respondedAt.ifPresent(at -> events.add(new Event(EventType.CONTENT_DOWNLOADED, at, Fields.of(withAsset))));
        } else if (responded) {
            respondedAt.ifPresent(at -> events.add(new Event(EventType.CAMPAIGN_RESPONDED, at, Fields.of(attrs))));
        }
        return events;
    }

    public static Optional<Event> fromTask(SObject task) {
        String type = SObjectValues.text(task, "Type").or(() -> SObjectValues.text(task, "TaskSubtype")).orElse("")
                .toLowerCase(Locale.ROOT);
        Optional<Instant> at = SObjectValues.instant(task, "CompletedDateTime")
                .or(() -> SObjectValues.dateAsInstant(task, "ActivityDate"))
                .or(() -> SObjectValues.instant(task, "CreatedDate"));
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return switch (type) {
            case "meeting", "call" -> Optional.of(new Event(EventType.MEETING_BOOKED, at.get(), Fields.of(Map.of("channel", type))));
            case "email" -> SObjectValues.text(task, "Subject").filter(ActivityEvents::isReply)
                    .map(s -> new Event(EventType.EMAIL_REPLIED, at.get(), Fields.empty()));
            default -> Optional.empty();
        };
    }

    private static boolean isReply(String subject) {
        String s = subject.toLowerCase(Locale.ROOT);
        if (s.startsWith("email: ")) {
            s = s.substring("email: ".length());
        }
        return s.startsWith("re:") || s.startsWith("re ");
    }
}
