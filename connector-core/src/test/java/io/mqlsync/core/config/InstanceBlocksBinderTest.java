package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The routing, tasks, lifecycle, fields and writeBack blocks of an instance config, bound and validated
 * through the instance loader (schema first, then the binders), so conditions are the model's own.
 */
class InstanceBlocksBinderTest {

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
        InstanceConfig config = ConfigFiles.load("acme.yaml", ConfigFiles.HUBSPOT_HEADER + DESIGN_EXAMPLE);

        RoutingConfig routing = config.routing();
        TasksConfig tasks = config.tasks();
        LifecycleConfig lifecycle = config.lifecycle();
        FieldMapping fields = config.fields();
        assertThat(routing.assignWhen()).isEqualTo(AssignWhen.UNOWNED);
        assertThat(routing.strategy()).isEqualTo(RoutingStrategy.ROUND_ROBIN);
        assertThat(routing.marketingOwners()).containsExactly(new OwnerEmail("ops@acme.com"));
        assertThat(routing.rules()).hasSize(1);
        assertThat(routing.rules().get(0).pool()).containsExactly(new OwnerEmail("alice@acme.com"),
                new OwnerEmail("bob@acme.com"));
        assertThat(routing.rules().get(0).condition().test(Fields.of(Map.of("country", "ca")))).isTrue();
        assertThat(routing.rules().get(0).condition().test(Fields.of(Map.of("country", "DE")))).isFalse();
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
        assertThat(config.writeBack()).isEqualTo(WriteBackConfig.defaults());
    }

    @Test
    void absentBlocksTakeHubSpotDefaults() {
        InstanceConfig config = ConfigFiles.load("acme.yaml", ConfigFiles.HUBSPOT_HEADER);

        LifecycleConfig lifecycle = config.lifecycle();
        TasksConfig tasks = config.tasks();
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
        assertThat(config.routing().defaultPool()).isEmpty();
        assertThat(config.routing().rules()).isEmpty();
        assertThat(config.fields()).isEqualTo(FieldMapping.defaults(CrmKind.HUBSPOT));
    }

    @Test
    void salesforceNeedsItsStatusValuesInTheConfig() {
        assertThat(ConfigFiles.problems("acme-sf.yaml", ConfigFiles.SALESFORCE_HEADER + """
                lifecycle: { onDisqualify: { lifecycleStage: other } }
                """)).containsExactly(
                "acme-sf.yaml: lifecycle.acceptedWhen: required for salesforce: which Status values mean sales accepted the lead",
                "acme-sf.yaml: lifecycle.onQualify: required for salesforce: the Status value to write",
                "acme-sf.yaml: lifecycle.onRecycle: required for salesforce: the Status value to write",
                "acme-sf.yaml: lifecycle.onDisqualify.lifecycleStage: salesforce has no lifecycle stage");
    }

    @Test
    void salesforceWithItsStatusValuesBinds() {
        LifecycleConfig lifecycle = ConfigFiles.load("acme-sf.yaml", ConfigFiles.SALESFORCE_HEADER + """
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Closed - Not Converted }
                """).lifecycle();

        assertThat(lifecycle.onQualify()).isEqualTo(new CrmValues(Optional.empty(), Optional.of("Open - Not Contacted")));
        assertThat(lifecycle.acceptedWhen().orElseThrow().test(Fields.of(Map.of("leadStatus", "working - contacted"))))
                .isTrue();
        assertThat(lifecycle.sqlWhen()).isEmpty();
        assertThat(lifecycle.stageOrder()).isEmpty();
    }

    @Test
    void reportsEveryProblemOfABrokenFileAtOnceOneLineEachInFileOrderWithoutEmails() {
        List<String> problems = ConfigFiles.problems("acme.yaml", ConfigFiles.HUBSPOT_HEADER + """
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

        assertThat(problems).containsExactly(
                "acme.yaml: fields.utm.sorce: unknown canonical field (see DESIGN section 5; other properties go under custom.NAME)",
                "acme.yaml: fields.company: property \"email\" is already mapped from email",
                "acme.yaml: writeBack.prefix: \"9x\" is not a valid prefix (a letter, then at most 19 letters, digits or underscores)",
                "acme.yaml: routing.defaultPool: required: the owners of leads no rule matches",
                "acme.yaml: routing.strategy: must be one of round-robin, least-loaded",
                "acme.yaml: routing.colour: unknown key (expected one of assignWhen, marketingOwners, strategy, accountOwner, rules, defaultPool)",
                "acme.yaml: routing.marketingOwners[1]: owner given twice (same as marketingOwners[0])",
                "acme.yaml: routing.rules[0].pool: must name at least one owner",
                "acme.yaml: routing.rules[1].pool[0]: is not an email address",
                "acme.yaml: tasks.sla: must be longer than zero",
                "acme.yaml: tasks.businessHours.zone: \"America/Nowhere\" is not a time zone (e.g. UTC, America/New_York)",
                "acme.yaml: tasks.businessHours.days[1]: must be one of MON, TUE, WED, THU, FRI, SAT, SUN",
                "acme.yaml: tasks.businessHours.from: \"9am\" is not a time of day written \"HH:mm\"",
                "acme.yaml: tasks.priority: must be one of LOW, NORMAL, HIGH",
                "acme.yaml: tasks.subject: {nmae} is not a canonical field or one of {score}, {fit}, {intent}, {quadrant}, {sla}",
                "acme.yaml: lifecycle.expireAfter: \"14 days\" is not an ISO-8601 duration (e.g. P30D, PT12H, P2W)",
                "acme.yaml: lifecycle.cooldown: \"P1M\" is not a fixed duration: months and years vary in length; use days, e.g. P30D",
                "acme.yaml: lifecycle.maxRecycles: must be at least 0",
                "acme.yaml: lifecycle.nurtureOwner: is not an email address",
                "acme.yaml: lifecycle.reasons.lost: must be one of recycle, disqualify",
                "acme.yaml: lifecycle.reasons.competitor.cooldown: only a recycle has a cooldown",
                "acme.yaml: lifecycle.reasons.model: is reserved for the connector's own reasons (model, sla_expired, max_recycles)");
        assertThat(problems).noneMatch(line -> line.contains("@acme.com"));
    }

    @Test
    void aMarketingOwnerInAPoolAndAnEmptyDefaultPoolAreReported() {
        assertThat(ConfigFiles.problems("acme.yaml", ConfigFiles.HUBSPOT_HEADER + """
                routing:
                  marketingOwners: [ops@acme.com]
                  defaultPool: []
                  rules:
                    - { if: { field: country, in: [US] }, pool: [alice@acme.com, ops@acme.com] }
                """)).containsExactly(
                "acme.yaml: routing.defaultPool: must name at least one owner",
                "acme.yaml: routing.rules[0].pool[1]: is also a marketing owner");
    }

    @Test
    void writeBackTakesAPrefixAndCanFreezeSqlLeadsEntirely() {
        WriteBackConfig writeBack = ConfigFiles.load("acme.yaml", ConfigFiles.HUBSPOT_HEADER
                + "writeBack: { prefix: acme_, scoresAfterSql: false }\n").writeBack();

        assertThat(writeBack).isEqualTo(new WriteBackConfig("acme_", false));
    }

    @Test
    void salesforceFieldDefaultsMapTheCanonicalCrmFields() {
        FieldMapping fields = ConfigFiles.load("acme-sf.yaml", ConfigFiles.SALESFORCE_HEADER + """
                fields: { custom.tier: Tier__c }
                lifecycle:
                  acceptedWhen: { field: leadStatus, equals: Working }
                  onQualify: { leadStatus: Open }
                  onRecycle: { leadStatus: Nurture }
                """).fields();

        assertThat(fields.property("leadStatus")).contains("Status");
        assertThat(fields.property("ownerId")).contains("OwnerId");
        assertThat(fields.property("custom.tier")).contains("Tier__c");
        assertThat(fields.property("lifecycleStage")).isEmpty();
    }

    @Test
    void aBlockThatIsNotAMappingIsOneProblem() {
        assertThat(ConfigFiles.problems("acme.yaml", ConfigFiles.HUBSPOT_HEADER + "tasks: [1, 2]\n"))
                .containsExactly("acme.yaml: tasks: expected a mapping, found list");
    }
}
