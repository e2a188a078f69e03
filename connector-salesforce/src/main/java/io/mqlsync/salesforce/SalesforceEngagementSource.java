package io.mqlsync.salesforce;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementSource;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.ActivityEvents;
import io.mqlsync.salesforce.mapping.LeadObject;
import io.mqlsync.salesforce.mapping.SObjectValues;
import io.mqlsync.salesforce.mapping.Soql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a page's engagement in bulk: one {@code CampaignMember} query and one {@code Task} query per page,
 * the lead ids in {@code IN (...)} lists split only when a statement would pass SOQL's length limit, each
 * result paged with {@code queryMore}. Not thread-safe.
 */
final class SalesforceEngagementSource implements EngagementSource {
    private final SoqlPages queries;
    private final LeadObject object;

    SalesforceEngagementSource(SalesforceSession session, LeadObject object) {
        this.queries = new SoqlPages(session);
        this.object = object;
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
        return new Engagement(events, Map.of());
    }

    private void each(String operation, String soql, Consumer<SObject> sink) {
        queries.each(operation, soql, sink);
    }
}
