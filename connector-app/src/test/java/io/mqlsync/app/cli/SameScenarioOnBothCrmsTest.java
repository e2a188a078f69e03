package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scenario, the same people doing the same things, played on the fake HubSpot and the fake Salesforce
 * with one model and one lifecycle config: both CRMs end with the same statuses, scores and quadrants after
 * the backfill and again after sales answered (a rejection recycles, an acceptance makes a SAL) and a
 * recycled-then-parked lead books a new meeting. Each CRM holds the engagement its own way: HubSpot meetings
 * from the meetings tool, Salesforce completed Meeting tasks.
 */
class SameScenarioOnBothCrmsTest {
    private static final Instant START = Instant.parse("2026-08-01T09:00:00Z");
    private static final String MODEL = """
            name: cross-crm
            version: 1
            fit:
              rules:
                - { id: senior, group: title, points: 20, if: { field: jobTitle, matches: "\\\\b(vp|director|head of)\\\\b" } }
                - { id: manager, group: title, points: 10, if: { field: jobTitle, matches: "\\\\bmanager\\\\b" } }
                - { id: size, points: 10, if: { field: employees, between: [50, 5000] } }
                - { id: personal-email, points: -15, if: { field: emailDomain, in: "@freemail" } }
            intent:
              max: 100
              decay: { halfLife: P30D }
              rules:
                - { id: meeting, points: 40, max: 60, label: "Booked a meeting", handRaise: true, event: { type: MEETING_BOOKED } }
            qualify:
              fitMin: 20
              intentMin: 30
              scoreMin: 60
              disqualifyIf: { field: jobTitle, matches: "\\\\bstudent\\\\b" }
            """;
    /**
     * The people of the scenario: email, first and last name, title, company, and the company's size as
     * HubSpot's {@code numemployees} range and as Salesforce's {@code NumberOfEmployees} (the range's floor,
     * which is what the HubSpot adapter reads a range as).
     */
    private static final List<List<String>> PEOPLE = List.of(
            List.of("ava@acme-example.io", "Ava", "Stone", "VP Marketing", "Acme", "500-1000", "500"),
            List.of("ben@globex-example.io", "Ben", "Ortiz", "Marketing Manager", "Globex", "100-500", "100"),
            List.of("cleo@gmail.com", "Cleo", "Park", "Student", "University", "1-5", "1"),
            List.of("dan@initech-example.io", "Dan", "Reyes", "Director of Sales", "Initech", "1000+", "1000"),
            List.of("eve@tiny-example.io", "Eve", "Ng", "Intern", "Tiny", "5-25", "5"),
            List.of("finn@umbrella-example.io", "Finn", "Berg", "Head of Sales", "Umbrella", "100-500", "100"));

    @TempDir
    Path dir;

    @Test
    void bothCrmsReachTheSameStatusesScoresAndQuadrantsRunForRun() throws IOException {
        AdjustableClock clock = AdjustableClock.fixedAt(START);
        try (HubSpotSandbox hubspot = HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(0).clock(clock)
                .searchLag(Duration.ZERO).build());
             SalesforceSandbox salesforce = SalesforceSandbox.start(SalesforceSandboxOptions.builder().clock(clock).build())) {
            String rep = hubspot.data().owners().stream().filter(o -> o.kind() == OwnerKind.PERSON && o.active())
                    .map(SyntheticOwner::email).findFirst().orElseThrow();
            salesforce.admin().addUser(rep, "Rita", "Rep", true);
            Scenario scenario = new Scenario(hubspot, salesforce);
            PEOPLE.forEach(scenario::person);
            // meetings in time order: each CRM stamps a booking with its clock's now
            clock.advance(Duration.ofDays(10));
            scenario.meeting("finn@umbrella-example.io");
            clock.advance(Duration.ofDays(80));
            scenario.meeting("ben@globex-example.io");
            scenario.meeting("cleo@gmail.com");
            scenario.meeting("eve@tiny-example.io");
            clock.advance(Duration.ofDays(8));
            scenario.meeting("ava@acme-example.io");
            scenario.meeting("eve@tiny-example.io");
            clock.advance(Duration.ofDays(1));
            scenario.meeting("ben@globex-example.io");
            clock.advance(Duration.ofDays(1));
            CliContext context = TestCli.context(clock, "", Map.of("HUBSPOT_TOKEN", hubspot.token()), dir, CrmProviders.installed());
            Path model = Files.writeString(dir.resolve("cross-crm.yaml"), MODEL);
            Path hubspotConfig = hubspotConfig(hubspot, model, rep);
            Path salesforceConfig = salesforceConfig(salesforce, model, rep);
            for (Path config : List.of(hubspotConfig, salesforceConfig)) {
                assertThat(run(context, "setup", config)).isZero();
                assertThat(run(context, "backfill", config)).isZero();
            }

            Map<String, Map<String, String>> first = scenario.hubspotResults();
            assertThat(scenario.salesforceResults()).isEqualTo(first);
            assertThat(statuses(first)).containsExactlyInAnyOrderEntriesOf(Map.of("ava@acme-example.io", "MQL",
                    "ben@globex-example.io", "MQL", "cleo@gmail.com", "DISQUALIFIED", "dan@initech-example.io", "NONE",
                    "eve@tiny-example.io", "NONE", "finn@umbrella-example.io", "NONE"));
            assertThat(first.get("eve@tiny-example.io")).containsEntry("quadrant", "REVIEW");
            assertThat(first.get("dan@initech-example.io")).containsEntry("quadrant", "NURTURE");

            clock.advance(Duration.ofHours(2));
            scenario.reject("ava@acme-example.io", "timing");
            scenario.accept("ben@globex-example.io");
            scenario.meeting("finn@umbrella-example.io");
            clock.advance(Duration.ofHours(1));
            for (Path config : List.of(hubspotConfig, salesforceConfig)) {
                assertThat(run(context, "sync", config)).isZero();
            }

            Map<String, Map<String, String>> second = scenario.hubspotResults();
            assertThat(scenario.salesforceResults()).isEqualTo(second);
            assertThat(statuses(second)).containsEntry("ava@acme-example.io", "RECYCLED")
                    .containsEntry("ben@globex-example.io", "SAL").containsEntry("finn@umbrella-example.io", "MQL")
                    .containsEntry("cleo@gmail.com", "DISQUALIFIED");
        }
    }

    private static Map<String, String> statuses(Map<String, Map<String, String>> results) {
        Map<String, String> statuses = new TreeMap<>();
        results.forEach((email, values) -> statuses.put(email, values.getOrDefault("status", "NONE")));
        return statuses;
    }

    private int run(CliContext context, String command, Path config) {
        TestCli.Run run = TestCli.run(context, command, "-c", config.toString());
        assertThat(run.exit()).as(command + " " + config.getFileName() + ": " + run.out() + run.err()).isZero();
        return run.exit();
    }

    private Path hubspotConfig(HubSpotSandbox hubspot, Path model, String rep) throws IOException {
        return Files.writeString(dir.resolve("hubspot.yaml"), """
                instance: cross-hubspot
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${HUBSPOT_TOKEN}
                model: %s
                routing: { defaultPool: [%s] }
                tasks: { sla: PT4H }
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [IN_PROGRESS] }
                  expireAfter: P14D
                  cooldown: P30D
                  reasons: { timing: recycle, competitor: disqualify }
                """.formatted(hubspot.baseUrl(), model, rep));
    }

    private Path salesforceConfig(SalesforceSandbox salesforce, Path model, String rep) throws IOException {
        Files.writeString(dir.resolve("sf.key"), salesforce.credentials().jwtSigningKeyPem().orElseThrow());
        return Files.writeString(dir.resolve("salesforce.yaml"), """
                instance: cross-salesforce
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: jwt
                    clientId: %s
                    username: %s
                    privateKey: ${file:sf.key}
                model: %s
                routing: { defaultPool: [%s] }
                tasks: { sla: PT4H }
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                  expireAfter: P14D
                  cooldown: P30D
                  reasons: { timing: recycle, competitor: disqualify }
                """.formatted(salesforce.loginUrl(), salesforce.credentials().clientId(), salesforce.credentials().username(),
                model, rep));
    }

    /** The scenario's people in both CRMs, each CRM holding them its own way. */
    private static final class Scenario {
        private final HubSpotSandbox hubspot;
        private final SalesforceSandbox salesforce;
        private final Map<String, Long> contacts = new LinkedHashMap<>();
        private final Map<String, String> leads = new LinkedHashMap<>();

        Scenario(HubSpotSandbox hubspot, SalesforceSandbox salesforce) {
            this.hubspot = hubspot;
            this.salesforce = salesforce;
        }

        void person(List<String> p) {
            contacts.put(p.get(0), hubspot.createContact(Map.of("email", p.get(0), "firstname", p.get(1), "lastname", p.get(2),
                    "jobtitle", p.get(3), "company", p.get(4), "numemployees", p.get(5))));
            leads.put(p.get(0), salesforce.admin().insert("Lead", Map.of("Email", p.get(0), "FirstName", p.get(1),
                    "LastName", p.get(2), "Title", p.get(3), "Company", p.get(4), "NumberOfEmployees", Integer.parseInt(p.get(6)))));
        }

        /** A meeting booked now: through HubSpot's meetings tool; a completed Meeting task in Salesforce. */
        void meeting(String email) {
            hubspot.bookMeeting(Map.of("hs_meeting_title", "Intro call"), List.of(contacts.get(email)));
            salesforce.admin().insert("Task", Map.of("WhoId", leads.get(email), "Type", "Meeting", "Status", "Completed",
                    "Subject", "Intro call", "Priority", "Normal"));
        }

        void reject(String email, String reason) {
            hubspot.patchContactAsSalesRep(contacts.get(email), Map.of("mql_rejection_reason", reason));
            salesforce.admin().patch(leads.get(email), Map.of("MQL_Rejection_Reason__c", reason));
        }

        void accept(String email) {
            hubspot.patchContactAsSalesRep(contacts.get(email), Map.of("hs_lead_status", "IN_PROGRESS"));
            salesforce.admin().patch(leads.get(email), Map.of("Status", "Working - Contacted"));
        }

        /** What mqlsync wrote to each HubSpot contact, by email. */
        Map<String, Map<String, String>> hubspotResults() {
            Map<String, Map<String, String>> results = new TreeMap<>();
            contacts.forEach((email, id) -> {
                Map<String, String> contact = hubspot.contact(id).orElseThrow();
                results.put(email, result(name -> Optional.ofNullable(contact.get("mql_" + name))));
            });
            return results;
        }

        /** What mqlsync wrote to each Salesforce lead, by email. */
        Map<String, Map<String, String>> salesforceResults() {
            Map<String, Map<String, String>> results = new TreeMap<>();
            leads.forEach((email, id) -> {
                Map<String, Object> lead = salesforce.admin().record(id).orElseThrow();
                results.put(email, result(name -> Optional.ofNullable(lead.get("MQL_" + camel(name) + "__c")).map(Scenario::text)));
            });
            return results;
        }

        private static Map<String, String> result(Function<String, Optional<String>> value) {
            Map<String, String> result = new TreeMap<>();
            for (String name : List.of("status", "score", "fit_score", "intent_score", "quadrant", "recycle_count")) {
                value.apply(name).filter(v -> !v.isBlank()).ifPresent(v -> result.put(name, v));
            }
            return result;
        }

        /** {@code fit_score} as Salesforce's custom field spells it: {@code Fit_Score}. */
        private static String camel(String name) {
            return Stream.of(name.split("_")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    .collect(Collectors.joining("_"));
        }

        /** A Salesforce number as HubSpot writes it: an integer without decimals. */
        private static String text(Object value) {
            return value instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : value.toString();
        }
    }
}
