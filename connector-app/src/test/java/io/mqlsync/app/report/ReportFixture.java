package io.mqlsync.app.report;

import io.mqlsync.core.MutableClock;
import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.spi.CrmProviders;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/** An instance config in a folder, its state under {@code data/}, and {@code mqlsync report} run on it in-process. */
final class ReportFixture {
    static final String TOKEN = "pat-na1-test-token-0000";

    final Path dir;
    final MutableClock clock;
    final Path config;

    record Run(int exit, String out, String err) {
    }

    ReportFixture(Path dir, MutableClock clock) throws IOException {
        this.dir = dir;
        this.clock = clock;
        Files.writeString(dir.resolve("model.yaml"), """
                name: report-test
                version: 1
                fit:
                  rules:
                    - { id: title-exec, points: 30, label: "Director or VP", if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
                intent:
                  max: 150
                  rules:
                    - { id: demo-request, points: 50, label: "Requested a demo", handRaise: true, event: { type: FORM_SUBMITTED } }
                qualify: { fitMin: 25, intentMin: 30, scoreMin: 70 }
                """);
        this.config = Files.writeString(dir.resolve("acme.yaml"), """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
                model: model.yaml
                routing: { defaultPool: [alice@acme.com] }
                """);
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    ConfigEnvironment environment(Optional<Path> dataDir) {
        return ConfigEnvironment.of(Map.of("HUBSPOT_TOKEN", TOKEN), dataDir, dir);
    }

    InstanceConfig instance() {
        return new InstanceConfigLoader(CrmProviders.installed(), environment(Optional.of(dataDir()))).load(config);
    }

    /** Runs the command with {@code -c} and {@code --data-dir} given, plus {@code args}. */
    Run report(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReportCommand(clock, CrmProviders.installed(), this::environment));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 4];
        all[0] = "-c";
        all[1] = config.toString();
        all[2] = "--data-dir";
        all[3] = dataDir().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        int exit = command.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }
}
