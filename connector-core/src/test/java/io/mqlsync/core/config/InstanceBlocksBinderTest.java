package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.lifecycle.ReasonRule;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.BusinessHours;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.routing.AssignWhen;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.routing.RoutingStrategy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The routing, tasks, lifecycle, fields and writeBack blocks of an instance config, bound and validated. */
class InstanceBlocksBinderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ConditionReader CONDITIONS = new SimpleConditionReader();

    /** The instance config of DESIGN section 4, minus the blocks other binders own. */
    private static final String DESIGN_EXAMPLE = """
            fields: { utm.source: utm_source_custom }
            writeBack: { prefix: mql_ }
            routing:
              assignWhen: unowned
              marketingOwners: [ops@acme.com]
              strategy: round-robin
              accountOwner: false
              rules:
                - { if: { field: country, in: [US, CA] }, pool: [alice@acme.com, bob@acme.com] }
              defaultPool: [carol@acme.com]
            tasks:
              enabled: true
              sla: PT4H
              businessHours: { zone: America/New_York, days: [MON, TUE, WED, THU, FRI], from: "09:00", to: "17:00" }
              priority: HIGH
              subject: "New MQL: {firstName} {lastName} ({company}), follow up within {sla}"
            lifecycle:
              acceptedWhen: { field: leadStatus, in: [IN_PROGRESS, CONNECTED] }
              sqlWhen: { field: lifecycleStage, in: [salesqualifiedlead, opportunity, customer] }
              onQualify: { lifecycleStage: marketingqualifiedlead, leadStatus: NEW }
              onRecycle: { lifecycleStage: lead, leadStatus: UNQUALIFIED }
              expireAfter: P2W
              cooldown: P30D
              maxRecycles: 3
              nurtureOwner: nurture@acme.com
              reasons: { competitor: disqualify, student_researcher: disqualify, duplicate: disqualify,
                         poor_fit: disqualify, timing: recycle, unresponsive: recycle,
                         no_budget: { action: recycle, cooldown: P90D } }
            """;

    @Test
    void bindsTheDesignExample() {
        JsonNode root = yaml(DESIGN_EXAMPLE);
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        RoutingConfig routing = RoutingBinder.bind(root.get("routing"), "routing", problems, CONDITIONS).orElseThrow();
        TasksConfig tasks = TasksBinder.bind(root.get("tasks"), "tasks", problems).orElseThrow();
        LifecycleConfig lifecycle = LifecycleBinder.bind(root.get("lifecycle"), "lifecycle", problems, CrmKind.HUBSPOT,
                CONDITIONS).orElseThrow();
        FieldMapping fields = FieldMappingBinder.bind(root.get("fields"), "fields", problems, CrmKind.HUBSPOT).orElseThrow();
        WriteBackConfig writeBack = WriteBackBinder.bind(root.get("writeBack"), "writeBack", problems).orElseThrow();

        assertThat(problems.problems()).isEmpty();
        assertThat(routing.assignWhen()).isEqualTo(AssignWhen.UNOWNED);
        assertThat(routing.strategy()).isEqualTo(RoutingStrategy.ROUND_ROBIN);
        assertThat(routing.marketingOwners()).containsExactly(new OwnerEmail("ops@acme.com"));
        assertThat(routing.rules()).hasSize(1);
        assertThat(routing.rules().get(0).pool()).containsExactly(new OwnerEmail("alice@acme.com"),
                new OwnerEmail("bob@acme.com"));
        assertThat(routing.rules().get(0).condition().test(Fields.of(Map.of("country", "ca")))).isTrue();
        assertThat(routing.defaultPool()).containsExactly(new OwnerEmail("carol@acme.com"));
        assertThat(tasks.sla()).isEqualTo(Duration.ofHours(4));
        assertThat(tasks.businessHours()).contains(new BusinessHours(ZoneId.of("America/New_York"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(tasks.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(lifecycle.onQualify()).isEqualTo(CrmValues.of("marketingqualifiedlead", "NEW"));
        assertThat(lifecycle.onRecycle()).isEqualTo(CrmValues.of("lead", "UNQUALIFIED"));
        assertThat(lifecycle.expireAfter()).isEqualTo(Duration.ofDays(14));
        assertThat(lifecycle.maxRecycles()).isEqualTo(3);
        assertThat(lifecycle.nurtureOwner()).contains(new OwnerEmail("nurture@acme.com"));
        assertThat(lifecycle.reasons()).hasSize(7)
                .containsEntry(new ReasonCode("no_budget"), ReasonRule.recycle(Duration.ofDays(90)))
                .containsEntry(new ReasonCode("competitor"), ReasonRule.disqualify());
        assertThat(lifecycle.cooldownAfter(Optional.of(new ReasonCode("no_budget")))).isEqualTo(Duration.ofDays(90));
        assertThat(lifecycle.cooldownAfter(Optional.of(new ReasonCode("timing")))).isEqualTo(Duration.ofDays(30));
        assertThat(fields.property("utm.source")).contains("utm_source_custom");
        assertThat(fields.property("leadStatus")).contains("hs_lead_status");
        assertThat(writeBack).isEqualTo(WriteBackConfig.defaults());
    }

    @Test
    void absentBlocksTakeHubSpotDefaults() {
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        LifecycleConfig lifecycle = LifecycleBinder.bind(null, "lifecycle", problems, CrmKind.HUBSPOT, CONDITIONS)
                .orElseThrow();
        TasksConfig tasks = TasksBinder.bind(null, "tasks", problems).orElseThrow();
        RoutingConfig routing = RoutingBinder.bind(null, "routing", problems, CONDITIONS).orElseThrow();

        assertThat(problems.problems()).isEmpty();
        assertThat(lifecycle.onQualify()).isEqualTo(CrmValues.of("marketingqualifiedlead", "NEW"));
        assertThat(lifecycle.acceptedWhen().orElseThrow().test(Fields.of(Map.of("leadStatus", "IN_PROGRESS")))).isTrue();
        assertThat(lifecycle.sqlWhen().orElseThrow().test(Fields.of(Map.of("lifecycleStage", "customer")))).isTrue();
        assertThat(lifecycle.reasons().keySet()).extracting(ReasonCode::value).containsExactly("poor_fit", "no_budget",
                "no_authority", "timing", "no_intent", "unresponsive", "chose_competitor", "student_researcher",
                "competitor", "duplicate");
        assertThat(lifecycle.stageOrder()).startsWith("subscriber", "lead", "marketingqualifiedlead");
        assertThat(lifecycle.nurtureOwner()).isEmpty();
        assertThat(tasks.enabled()).isTrue();
        assertThat(tasks.sla()).isEqualTo(Duration.ofHours(4));
        assertThat(tasks.businessHours()).isEmpty();
        assertThat(routing.defaultPool()).isEmpty();
    }

    @Test
    void salesforceNeedsItsStatusValuesInTheConfig() {
        ProblemCollector problems = new ProblemCollector("acme-sf.yaml");

        Optional<LifecycleConfig> lifecycle = LifecycleBinder.bind(yaml("onDisqualify: { lifecycleStage: other }"),
                "lifecycle", problems, CrmKind.SALESFORCE, CONDITIONS);

        assertThat(lifecycle).isEmpty();
        assertThat(problems.problems()).extracting(ConfigProblem::line).containsExactly(
                "acme-sf.yaml: lifecycle.acceptedWhen: required for salesforce: which Status values mean sales accepted the lead",
                "acme-sf.yaml: lifecycle.onQualify: required for salesforce: the Status value to write",
                "acme-sf.yaml: lifecycle.onRecycle: required for salesforce: the Status value to write",
                "acme-sf.yaml: lifecycle.onDisqualify.lifecycleStage: unknown key (expected one of leadStatus)");
    }

    @Test
    void salesforceWithItsStatusValuesBinds() {
        ProblemCollector problems = new ProblemCollector("acme-sf.yaml");

        LifecycleConfig lifecycle = LifecycleBinder.bind(yaml("""
                acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                onQualify: { leadStatus: Open - Not Contacted }
                onRecycle: { leadStatus: Closed - Not Converted }
                """), "lifecycle", problems, CrmKind.SALESFORCE, CONDITIONS).orElseThrow();

        assertThat(problems.problems()).isEmpty();
        assertThat(lifecycle.onQualify()).isEqualTo(new CrmValues(Optional.empty(), Optional.of("Open - Not Contacted")));
        assertThat(lifecycle.sqlWhen()).isEmpty();
        assertThat(lifecycle.stageOrder()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfABrokenFileAtOnceOneLineEachWithoutEmails() {
        JsonNode root = yaml("""
                fields: { utm.sorce: utm_source, company: email }
                writeBack: { prefix: 9x }
                routing:
                  strategy: random
                  colour: blue
                  marketingOwners: [ops@acme.com, OPS@acme.com]
                  rules:
                    - { if: { field: country, in: [US] }, pool: [] }
                    - { if: { field: country, in: [DE] }, pool: [not-an-email] }
                tasks:
                  sla: PT0S
                  businessHours: { zone: America/Nowhere, days: [MON, FUN], from: 9am, to: "17:00" }
                  priority: URGENT
                  subject: "New MQL {nmae}"
                lifecycle:
                  expireAfter: 14 days
                  cooldown: P1M
                  maxRecycles: -1
                  nurtureOwner: nurture-at-acme
                  reasons:
                    lost: ignore
                    competitor: { action: disqualify, cooldown: P30D }
                    model: disqualify
                """);
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        bindAll(root, problems, CrmKind.HUBSPOT);

        assertThat(problems.problems()).extracting(ConfigProblem::line).containsExactlyInAnyOrder(
                "acme.yaml: fields.utm.sorce: unknown canonical field (see DESIGN section 5; other properties go under custom.NAME)",
                "acme.yaml: fields.company: property \"email\" is already mapped from email",
                "acme.yaml: writeBack.prefix: \"9x\" is not a valid prefix (a letter, then at most 19 letters, digits or underscores)",
                "acme.yaml: routing.colour: unknown key (expected one of accountOwner, assignWhen, defaultPool, marketingOwners, rules, strategy)",
                "acme.yaml: routing.strategy: \"random\" is not one of round-robin, least-loaded",
                "acme.yaml: routing.marketingOwners[1]: owner given twice (same as marketingOwners[0])",
                "acme.yaml: routing.rules[0].pool: must name at least one owner",
                "acme.yaml: routing.rules[1].pool[0]: is not an email address",
                "acme.yaml: routing.defaultPool: required: the owners of leads no rule matches",
                "acme.yaml: tasks.sla: must be longer than zero",
                "acme.yaml: tasks.businessHours.zone: \"America/Nowhere\" is not a time zone (e.g. UTC, America/New_York)",
                "acme.yaml: tasks.businessHours.days[1]: is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)",
                "acme.yaml: tasks.businessHours.from: \"9am\" is not a time of day written \"HH:mm\"",
                "acme.yaml: tasks.priority: \"URGENT\" is not one of LOW, NORMAL, HIGH",
                "acme.yaml: tasks.subject: {nmae} is not a canonical field or one of {score}, {fit}, {intent}, {quadrant}, {sla}",
                "acme.yaml: lifecycle.expireAfter: \"14 days\" is not an ISO-8601 duration",
                "acme.yaml: lifecycle.cooldown: \"P1M\" is not a fixed duration: months and years vary in length; use days, e.g. P30D",
                "acme.yaml: lifecycle.maxRecycles: must be a whole number of at least 0, not -1",
                "acme.yaml: lifecycle.nurtureOwner: is not an email address",
                "acme.yaml: lifecycle.reasons.lost: \"ignore\" is not one of recycle, disqualify",
                "acme.yaml: lifecycle.reasons.competitor.cooldown: only a recycle has a cooldown",
                "acme.yaml: lifecycle.reasons.model: is reserved for the connector's own reasons (model, sla_expired, max_recycles)");
        assertThat(problems.problems()).extracting(ConfigProblem::line).noneMatch(line -> line.contains("@acme.com"));
    }

    @Test
    void aMarketingOwnerInAPoolAndAnEmptyDefaultPoolAreReported() {
        JsonNode routing = yaml("""
                marketingOwners: [ops@acme.com]
                defaultPool: []
                rules:
                  - { if: { field: country, in: [US] }, pool: [alice@acme.com, ops@acme.com] }
                """);
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        assertThat(RoutingBinder.bind(routing, "routing", problems, CONDITIONS)).isEmpty();
        assertThat(problems.problems()).extracting(ConfigProblem::line).containsExactly(
                "acme.yaml: routing.defaultPool: must name at least one owner",
                "acme.yaml: routing.rules[0].pool[1]: is also a marketing owner");
    }

    @Test
    void writeBackTakesAPrefixAndCanFreezeSqlLeadsEntirely() {
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        WriteBackConfig writeBack = WriteBackBinder.bind(yaml("{ prefix: acme_, scoresAfterSql: false }"), "writeBack",
                problems).orElseThrow();

        assertThat(writeBack).isEqualTo(new WriteBackConfig("acme_", false));
        assertThat(problems.problems()).isEmpty();
    }

    @Test
    void salesforceFieldDefaultsMapTheCanonicalCrmFields() {
        ProblemCollector problems = new ProblemCollector("acme-sf.yaml");

        FieldMapping fields = FieldMappingBinder.bind(yaml("{ custom.tier: Tier__c }"), "fields", problems,
                CrmKind.SALESFORCE).orElseThrow();

        assertThat(fields.property("leadStatus")).contains("Status");
        assertThat(fields.property("ownerId")).contains("OwnerId");
        assertThat(fields.property("custom.tier")).contains("Tier__c");
        assertThat(fields.property("lifecycleStage")).isEmpty();
    }

    @Test
    void aBlockThatIsNotAMappingIsOneProblem() {
        ProblemCollector problems = new ProblemCollector("acme.yaml");

        assertThat(TasksBinder.bind(yaml("[1, 2]"), "tasks", problems)).isEmpty();
        assertThat(problems.problems()).extracting(ConfigProblem::line)
                .containsExactly("acme.yaml: tasks: must be a mapping of keys to values");
    }

    private static void bindAll(JsonNode root, ProblemCollector problems, CrmKind crm) {
        FieldMappingBinder.bind(root.get("fields"), "fields", problems, crm);
        WriteBackBinder.bind(root.get("writeBack"), "writeBack", problems);
        RoutingBinder.bind(root.get("routing"), "routing", problems, CONDITIONS);
        TasksBinder.bind(root.get("tasks"), "tasks", problems);
        LifecycleBinder.bind(root.get("lifecycle"), "lifecycle", problems, crm, CONDITIONS);
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

}
