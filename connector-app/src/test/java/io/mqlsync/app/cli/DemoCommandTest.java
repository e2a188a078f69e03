package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CrmProviders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mqlsync demo} end to end, in-process, on both fake CRMs with a small population: every step
 * runs and the summary tells what the state store holds.
 */
class DemoCommandTest {
    private static final Pattern HANDOFFS = Pattern.compile("MQLs handed off by the backfill: (\\d+)");
    private static final Pattern ANSWERS = Pattern.compile("(\\d+) accepted, (\\d+) recycled with a reason, (\\d+) disqualified, "
            + "(\\d+) left alone; (\\d+) were being worked already");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hubspot", "salesforce"})
    @Timeout(120)
    void theDemoRunsTheWholeLoopAndSummarisesIt(String crm) {
        Path data = dir.resolve("demo");

        TestCli.Run run = TestCli.run(context(), "demo", "--crm", crm, "--contacts", "200", "--data-dir", data.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2. setup:", "the CRM is ready.", "3. backfill:", "backfill succeeded", "5. sync:",
                "sync succeeded", "Why the highest-scored MQL qualified", "qualifies: yes", "API calls (backfill + sync): ");
        Matcher handoffs = HANDOFFS.matcher(run.out());
        assertThat(handoffs.find()).isTrue();
        int mqls = Integer.parseInt(handoffs.group(1));
        assertThat(mqls).as("the embedded models qualify some generated leads").isGreaterThanOrEqualTo(2);
        Matcher answers = ANSWERS.matcher(run.out());
        assertThat(answers.find()).as(run.out()).isTrue();
        int total = 0;
        for (int group = 1; group <= 5; group++) {
            total += Integer.parseInt(answers.group(group));
        }
        assertThat(total).as("every handoff is answered, left alone or already worked").isEqualTo(mqls);
        assertThat(run.out()).contains("disqualified by a sales reason:      1", "expired past the SLA (recycled):     1");
        assertThat(run.out()).contains("(competitor)", "(sla_expired)");
        String instance = crm.equals("hubspot") ? "demo" : "demo-salesforce";
        assertThat(data.resolve(instance + ".db")).exists();
        assertThat(run.out()).contains("State database: jdbc:sqlite:" + data.resolve(instance + ".db"));
        assertThat(data.resolve("config/instances/" + instance + ".yaml")).exists();
        Path report = data.resolve("report/report.html");
        assertThat(run.out()).as("the demo ends with its KPI report").contains("KPI report: " + report);
        assertThat(report).content().contains("<canvas");
        assertThat(data.resolve("report/kpis.json")).content().contains("\"instance\"");
    }

    @Test
    void aFolderHoldingAnEarlierDemoIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("config"));

        TestCli.Run run = TestCli.run(context(), "demo", "--data-dir", dir.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIG);
        assertThat(run.err()).contains("holds an earlier demo");
    }

    private CliContext context() {
        return TestCli.context(Clock.systemUTC(), "", Map.of(), dir, CrmProviders.installed());
    }
}
