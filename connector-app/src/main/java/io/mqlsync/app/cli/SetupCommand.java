package io.mqlsync.app.cli;

import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaRequirements;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync setup}: makes the CRM hold what mqlsync writes. HubSpot: creates the {@code mqlsync}
 * property group, every {@code mql_*} property and missing enumeration options (idempotent). Salesforce:
 * checks every custom field through describe, prints exactly what is missing, and writes the Metadata API
 * package that creates it, since the partner API cannot.
 */
@Command(name = "setup", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Creates mqlsync's properties in the CRM where the API allows it (HubSpot), and reports",
            "every required property, field and option: present, created, missing or wrong. Safe to re-run."},
        footer = {"", "Exit codes: 0 everything is in place, 1 something is still missing or wrong (listed), "
                + "2 config error, 3 authentication failure, 4 CRM API budget exhausted."})
final class SetupCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--package-out", paramLabel = "DIR",
            description = {"Where to write the deployable package of what the CRM's API cannot create (Salesforce:",
                "a Metadata API package of the custom fields). Default: <data dir>/<instance>-schema-package."})
    private Optional<Path> packageOut = Optional.empty();

    SetupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (InstanceSession session = InstanceSession.open(context, options.config, options.dataDir)) {
            SchemaRequirements required = session.config().schemaRequirements();
            SchemaReport report = session.crm().schema().apply(required);
            PrintWriter out = spec.commandLine().getOut();
            for (SchemaReport.Item item : report.items()) {
                out.printf(Locale.ROOT, "%-8s %s%s%n", item.state().name().toLowerCase(Locale.ROOT), item.name(),
                        item.detail().isEmpty() ? "" : ": " + item.detail());
            }
            out.println(report.isComplete() ? "setup: " + session.config().instance() + " is ready."
                    : "setup: " + session.config().instance() + " still lacks what is listed as missing or wrong.");
            if (!report.isComplete()) {
                Path dir = packageOut.orElseGet(() -> context.configEnvironment(options.dataDir).dataDir().resolve(session.config().instance() + "-schema-package"));
                session.crm().schema().writePackage(dir, required, report).ifPresent(written -> out.printf(Locale.ROOT,
                        "setup: wrote a package that creates them (%d files) to %s%n  deploy it: %s%n",
                        written.files().size(), dir, written.deployHint()));
            }
            out.flush();
            return report.isComplete() ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
        }
    }
}
