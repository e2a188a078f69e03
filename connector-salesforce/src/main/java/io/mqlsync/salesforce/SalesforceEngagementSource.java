package io.mqlsync.salesforce;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.ActivityEvents;
import io.mqlsync.salesforce.mapping.EngagementObject;
import io.mqlsync.salesforce.mapping.LeadObject;
import io.mqlsync.salesforce.mapping.SObjectValues;
import io.mqlsync.salesforce.mapping.Soql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page's engagement in bulk: one {@code CampaignMember} query, one {@code Task} query and one query per
 * configured engagement object ({@code salesforce.engagement}) per page, the lead ids in {@code IN (...)} lists
 * split only when a statement would pass SOQL's length limit (an entry's lists get what its own statement leaves),
 * each result paged with {@code queryMore}. A row of an engagement object without a usable time is skipped with
 * a warning naming its id. Not thread-safe.
 */
final class SalesforceEngagementSource implements EngagementSource {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceEngagementSource.class);

    private final SoqlPages queries;
    private final LeadObject object;
    private final List<EngagementObject> custom;

    SalesforceEngagementSource(SalesforceSession session, LeadObject object, List<EngagementObject> custom) {
        this.queries = new SoqlPages(session);
        this.object = object;
        this.custom = List.copyOf(custom);
    }

    @Override
    public Engagement eventsFor(List<SourceLead> page, Instant now) {
        if (page.isEmpty()) {
            return Engagement.none();
        }
        List<String> ids = page.stream().map(l -> l.record().id().value()).filter(Soql::isId).distinct().toList();
        Map<LeadId, List<Event>> events = new HashMap<>();
        String members = "SELECT " + object.memberField() + ", " + String.join(", ", ActivityEvents.MEMBER_FIELDS)
                + " FROM CampaignMember WHERE " + object.memberField() + " IN (%s)";
        String tasks = "SELECT " + String.join(", ", ActivityEvents.TASK_FIELDS)
                + " FROM Task WHERE IsClosed = true AND WhoId IN (%s)";
        for (String in : Soql.inLists(ids, Soql.MAX_IN_LIST_CHARS)) {
            each("campaignMember.query", members.formatted(in), m -> SObjectValues.text(m, object.memberField())
                    .ifPresent(id -> events.computeIfAbsent(new LeadId(id), k -> new ArrayList<>())
                            .addAll(ActivityEvents.fromMember(m))));
            each("task.query", tasks.formatted(in), t -> SObjectValues.text(t, "WhoId")
                    .ifPresent(id -> ActivityEvents.fromTask(t).ifPresent(
                            e -> events.computeIfAbsent(new LeadId(id), k -> new ArrayList<>()).add(e))));
        }
        for (EngagementObject entry : custom) {
            // an entry's own statement (its where, its attribute fields) may be long: its IN lists get what is left
            int budget = Math.min(Soql.MAX_IN_LIST_CHARS, Soql.MAX_STATEMENT_CHARS - entry.query("").length());
            for (String in : Soql.inLists(ids, budget)) {
                each(entry.object() + ".query", entry.query(in), row -> read(entry, row, events));
            }
        }
        return new Engagement(events, Map.of());
    }

    private static void read(EngagementObject entry, SObject row, Map<LeadId, List<Event>> events) {
        Optional<String> lead = entry.leadOf(row);
        Optional<Event> event = entry.toEvent(row);
        if (lead.isPresent() && event.isPresent()) {
            events.computeIfAbsent(new LeadId(lead.get()), k -> new ArrayList<>()).add(event.get());
        } else if (event.isEmpty()) {
            LOG.warn("skipped {} record {}: its {}", entry.object(), SObjectValues.text(row, "Id").orElse("(no id)"),
                    entry.timeProblem(row));
        }
    }

    private void each(String operation, String soql, Consumer<SObject> sink) {
        queries.each(operation, soql, sink);
    }
}
