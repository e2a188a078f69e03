package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.HubSpotSpecs;
import io.mqlsync.sandbox.hubspot.RateLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: {@code mqlsync backfill} in a child JVM ({@link Main} on the test class path)
 * against a fake HubSpot in this JVM, killed forcibly once it has created tasks, then
 * {@code backfill --resume}; the portal ends as an uninterrupted backfill leaves an identical portal, with
 * one task per MQL. The model has no decay, so the runs' different instants cannot change a score.
 *
 * <p>Acceptance is keyed to a lead status no generated contact has: some contacts were being worked by
 * sales before they qualify, and such a lead turns SAL on the run after it became an MQL. A page re-read
 * after the kill is such a later run for the leads it had written, which would put them one step ahead
 * of the uninterrupted backfill (where the next sync catches up).
 */
class BackfillKillNineTest {
    private static final int CONTACTS = 250;
    /** Slow enough that the child is still running when its first tasks exist. */
    private static final int REQUESTS_PER_10S = 500;
    /** What the two portals are compared on: everything mqlsync writes that does not carry the run's time. */
    private static final List<String> COMPARED = List.of("mql_status", "mql_score", "mql_fit_score", "mql_intent_score",
            "mql_quadrant", "mql_reasons", "mql_model", "mql_recycle_count", "lifecyclestage", "hs_lead_status",
            "hubspot_owner_id");
    private static final String MODEL = """
            name: kill-test
            version: 1
            fit:
              rules:
                - { id: decision-maker, points: 20, if: { field: jobTitle, matches: "\\\\b(owner|founder|ceo|president|director|vp|head|manager)\\\\b" } }
                - { id: company-fit, points: 10, if: { field: employees, between: [5, 5000] } }
            intent:
              max: 100
              rules:
                - { id: pages, points: 5, max: 30, event: { type: PAGE_VIEWED } }
                - { id: forms, points: 20, max: 40, event: { type: FORM_SUBMITTED } }
                - { id: emails, points: 2, max: 10, event: { type: EMAIL_CLICKED } }
            qualify: { fitMin: 20, intentMin: 20, scoreMin: 45 }
            """;

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void aBackfillKilledMidRunThenResumedEndsAsAnUninterruptedOneWithOneTaskPerMql() throws Exception {
        Instant anchor = Clock.systemUTC().instant();
        try (HubSpotSandbox killed = sandbox(anchor); HubSpotSandbox reference = sandbox(anchor)) {
            Path killedConfig = config(killed, "killed");
            Path referenceConfig = config(reference, "reference");
            assertThat(TestCli.run(context(killed), "setup", "-c", killedConfig.toString()).exit()).isZero();
            assertThat(TestCli.run(context(reference), "setup", "-c", referenceConfig.toString()).exit()).isZero();
            Process child = backfillInChildJvm(killed, killedConfig);
            try {
                awaitTasks(killed, child, 3);
            } finally {
                child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block, no lease released
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the killed JVM is gone").isTrue();
            assertThat(Files.readString(dir.resolve("killed.out"))).as("killed before it finished").doesNotContain("succeeded");
            long tasksAtKill = killed.taskCount();

            TestCli.Run resumed = TestCli.run(context(killed), "backfill", "--resume", "-c", killedConfig.toString(),
                    "--data-dir", dir.resolve("killed-data").toString());
            TestCli.Run uninterrupted = TestCli.run(context(reference), "backfill", "-c", referenceConfig.toString(),
                    "--data-dir", dir.resolve("reference-data").toString());

            assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
            assertThat(uninterrupted.exit()).as(uninterrupted.out() + uninterrupted.err()).isZero();
            Map<Long, Integer> tasksPerContact = tasksPerContact(killed);
            assertThat(tasksPerContact.values()).as("no duplicate task").allMatch(n -> n == 1);
            assertThat(tasksPerContact).isEqualTo(tasksPerContact(reference));
            assertThat(tasksAtKill).isLessThan(killed.taskCount());
            assertThat(differences(written(killed), written(reference))).as("contacts that differ: killed and resumed vs uninterrupted")
                    .isEmpty();
            assertThat(written(killed).values()).filteredOn(p -> "MQL".equals(p.get("mql_status"))).hasSize(tasksPerContact.size());
        }
    }

    private static HubSpotSandbox sandbox(Instant anchor) {
        return HubSpotSandbox.start(HubSpotSandboxOptions.builder().contacts(CONTACTS).seed(7).anchor(anchor)
                .clock(AdjustableClock.system()).searchLag(Duration.ZERO).specs(HubSpotSpecs.disabled())
                .rateLimits(new RateLimits(REQUESTS_PER_10S, 50, 100_000_000L)).build());
    }

    private Process backfillInChildJvm(HubSpotSandbox sandbox, Path config) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.mqlsync.app.cli.Main", "backfill", "-c", config.toString(), "--data-dir", dir.resolve("killed-data").toString())
                .redirectOutput(dir.resolve("killed.out").toFile()).redirectError(dir.resolve("killed.err").toFile());
        builder.environment().put("HUBSPOT_TOKEN", sandbox.token());
        return builder.start();
    }

    /** Waits on the child itself, a little at a time, until the portal holds {@code count} tasks. */
    private void awaitTasks(HubSpotSandbox sandbox, Process child, int count) throws Exception {
        while (sandbox.taskCount() < count) {
            if (child.waitFor(20, TimeUnit.MILLISECONDS)) {
                fail("the backfill ended (exit " + child.exitValue() + ") before it could be killed: "
                        + Files.readString(dir.resolve("killed.err")));
            }
        }
    }

    private CliContext context(HubSpotSandbox sandbox) {
        return TestCli.context(Clock.systemUTC(), "", Map.of("HUBSPOT_TOKEN", sandbox.token()), dir, CrmProviders.installed());
    }

    private Path config(HubSpotSandbox sandbox, String name) throws IOException {
        Files.writeString(dir.resolve("kill-test.yaml"), MODEL);
        String pool = sandbox.data().owners().stream().filter(o -> o.kind() == OwnerKind.PERSON && o.active())
                .map(SyntheticOwner::email).limit(3).collect(Collectors.joining(", "));
        return Files.writeString(dir.resolve(name + ".yaml"), """
                instance: kill-test
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${HUBSPOT_TOKEN}
                  requestsPer10s: %d
                model: kill-test.yaml
                routing: { assignWhen: always, defaultPool: [%s] }
                tasks: { sla: PT4H }
                lifecycle: { acceptedWhen: { field: leadStatus, in: [ACCEPTED_BY_SALES] } }
                """.formatted(sandbox.baseUrl(), REQUESTS_PER_10S, pool));
    }

    private static Map<Long, Integer> tasksPerContact(HubSpotSandbox sandbox) {
        Map<Long, Integer> perContact = new HashMap<>();
        for (long task = 1; task <= sandbox.taskCount(); task++) {
            sandbox.taskContacts(task).forEach(contact -> perContact.merge(contact, 1, Integer::sum));
        }
        return perContact;
    }

    private static List<String> differences(Map<Long, Map<String, String>> actual, Map<Long, Map<String, String>> expected) {
        return expected.keySet().stream().filter(id -> !expected.get(id).equals(actual.get(id)))
                .map(id -> id + ": " + actual.get(id) + " instead of " + expected.get(id)).toList();
    }

    private static Map<Long, Map<String, String>> written(HubSpotSandbox sandbox) {
        Map<Long, Map<String, String>> state = new TreeMap<>();
        for (long id = 1; id <= CONTACTS; id++) {
            Map<String, String> contact = sandbox.contact(id).orElseThrow();
            Map<String, String> compared = new TreeMap<>();
            COMPARED.forEach(p -> {
                if (contact.get(p) != null) {
                    compared.put(p, contact.get(p));
                }
            });
            state.put(id, compared);
        }
        return state;
    }
}
