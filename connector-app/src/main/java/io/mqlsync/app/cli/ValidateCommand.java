package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync validate}: checks an instance config and its model (schema, then meaning) without
 * contacting the CRM. Every problem is one line naming the file and the field; exit 2 when there is any.
 * With {@code --online}, then asks the CRM, changing nothing: credentials (exit 3 when refused), API
 * reachability, mqlsync's properties or fields, and whether every owner named by email is active.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Checks an instance config and its scoring model: JSON Schema, then meaning (model, cron, zones,",
            "durations, owners named twice, secrets only from ${ENV} or ${file:PATH}, https except on loopback).",
            "Nothing is sent to the CRM unless --online is given; even then nothing is changed."},
        footer = {"", "Exit codes: 0 valid, 2 one or more problems (each printed on one line), "
                + "3 the CRM refused the credentials (--online), 4 CRM API budget exhausted (--online)."})
final class ValidateCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--online", description = "Also ask the CRM, read-only: credentials, API reachability, mqlsync's "
            + "properties or fields (what setup creates or reports), and that every owner named by email is active.")
    private boolean online;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        InstanceConfig config = new InstanceConfigLoader(context.providers(),
                context.configEnvironment(options.dataDir)).load(options.config);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: valid. Instance %s on %s, model %s (%d fit and %d intent rules), schedule \"%s\" %s.%n",
                options.config, config.instance(), config.crmKey(), config.model().id(),
                config.model().fit().rules().size(), config.model().intent().rules().size(),
                config.schedule().cron(), config.schedule().zone());
        out.flush();
        if (online) {
            checkOnline(out);
        }
        return ExitCodes.OK;
    }

    private void checkOnline(PrintWriter out) {
        try (InstanceSession session = InstanceSession.open(context, options.config, options.dataDir)) {
            OnlineCheck.Result result = new OnlineCheck(options.config.toString(), session.config()).run(session.crm());
            if (!result.problems().isEmpty()) {
                throw new ConfigException(result.problems());
            }
            out.printf("%s: online: the CRM accepts the credentials; all %d properties, fields and options are in place; "
                    + "all %d owners named are active.%n", options.config, result.schemaItems(), result.owners());
            out.flush();
        }
    }
}
