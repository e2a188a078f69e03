package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.lifecycle.ReasonRule;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.ChangePlanner;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.NextRescore;
import io.mqlsync.core.planning.PlanRequest;
import io.mqlsync.core.planning.PlannerSettings;
import io.mqlsync.core.planning.SubjectTemplate;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Read, score, decide and plan with core's real scorer, lifecycle and change planner on what the adapter
 * reads back, and write through the adapter: the second run with nothing new must plan and write nothing.
 */
class SalesforceRoundTripTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();
    private final ScoringModel model = new ModelLoader().load(resource("models/round-trip.yaml"));
    private final Scorer scorer = new Scorer(model);
    private final LifecycleConfig lifecycle = new LifecycleConfig(Optional.empty(), Optional.empty(),
            new CrmValues(Optional.empty(), Optional.of("Working - Contacted")),
            new CrmValues(Optional.empty(), Optional.of("Closed - Not Converted")), CrmValues.none(),
            Duration.ofDays(14), Duration.ofDays(30), 3, Optional.empty(),
            Map.of(new ReasonCode("timing"), ReasonRule.recycle()), List.of());
    private final LifecyclePolicy policy = new LifecyclePolicy(lifecycle);
    private final ChangePlanner planner = new ChangePlanner(new PlannerSettings("test", WriteBackConfig.defaults(),
            new TasksConfig(true, Duration.ofHours(4), Optional.empty(), TaskPriority.HIGH, SubjectTemplate.of("New MQL: {company}")),
            lifecycle, Optional.empty()), new NextRescore(model));

    @AfterEach
    void close() {
        org.close();
    }

    private static Path resource(String name) {
        try {
            return Path.of(SalesforceRoundTripTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private String seedLead(int i, boolean engaged) {
        String id = org.sandbox.admin().insert("Lead", Map.of("LastName", "L" + i, "Company", "Acme " + i,
                "Title", engaged ? "VP Marketing" : "Analyst", "NumberOfEmployees", 120));
        if (engaged) {
            String webinar = org.sandbox.admin().insert("Campaign", Map.of("Name", "Webinar " + i, "Type", "Webinar"));
            org.sandbox.admin().insert("CampaignMember", Map.of("CampaignId", webinar, "LeadId", id, "Status", "Attended"));
            org.sandbox.admin().insert("Task", Map.of("WhoId", id, "Type", "Meeting", "Subject", "Intro", "Status", "Completed",
                    "ActivityDate", "2026-11-19"));
        }
        return id;
    }

    /** One run over every lead, a page at a time; returns the changes it planned (empty ones included). */
    private List<LeadChange> run(SalesforceAdapter adapter, Instant now, List<WriteResult> written) {
        List<LeadChange> planned = new ArrayList<>();
        Optional<Cursor> cursor = Optional.empty();
        while (true) {
            LeadPage page = adapter.leads().all(cursor, Optional.empty(), 200);
            Engagement engagement = adapter.engagement().eventsFor(page.leads(), now);
            List<LeadChange> toWrite = new ArrayList<>();
            for (SourceLead lead : page.leads()) {
                List<Event> events = engagement.of(lead.record().id());
                CardSource cards = (at, baseline) -> scorer.score(lead.record(), events, at, baseline);
                Decision decision = policy.decide(lead.record(), lead.snapshot(), cards, now);
                LeadChange change = planner.plan(new PlanRequest(lead.record(), lead.snapshot(), decision, Optional.empty(),
                        events, cards, now));
                planned.add(change);
                if (!change.isEmpty()) {
                    toWrite.add(change);
                }
            }
            if (!toWrite.isEmpty()) {
                written.addAll(adapter.sink().write(toWrite));
            }
            cursor = Optional.of(page.resumeAt());
            if (!page.hasMore()) {
                return planned;
            }
        }
    }

    @Test
    void aSecondRunWithNothingNewPlansAndWritesNothing() {
        List<String> engaged = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = seedLead(i, i % 3 == 0);
            if (i % 3 == 0) {
                engaged.add(id);
            }
        }
        try (SalesforceAdapter adapter = org.openLeads()) {
            List<WriteResult> first = new ArrayList<>();
            run(adapter, SalesforceOrgFixture.NOW, first);
            assertThat(first).hasSize(6).allMatch(WriteResult::isWritten);
            assertThat(first.stream().filter(r -> r.taskId().isPresent())).hasSize(2);
            Map<String, Object> mql = org.sandbox.admin().record(engaged.getFirst()).orElseThrow();
            assertThat(mql).containsEntry("MQL_Status__c", MqlStatus.MQL.name()).containsEntry("Status", "Working - Contacted");

            long writes = org.sandbox.journal().calls(SoapOperation.UPDATE) + org.sandbox.journal().calls(SoapOperation.CREATE);
            org.clock.advance(Duration.ofMinutes(15));
            List<WriteResult> second = new ArrayList<>();
            List<LeadChange> replanned = run(adapter, SalesforceOrgFixture.NOW.plus(Duration.ofMinutes(15)), second);

            assertThat(replanned).hasSize(6).allMatch(LeadChange::isEmpty);
            assertThat(second).isEmpty();
            assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE) + org.sandbox.journal().calls(SoapOperation.CREATE))
                    .isEqualTo(writes);
        }
    }

}
