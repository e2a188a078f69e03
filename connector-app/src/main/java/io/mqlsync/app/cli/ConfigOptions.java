package io.mqlsync.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of every command that works on one CRM instance: its config file and the local state folder. */
public final class ConfigOptions {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "The instance config, e.g. config/instances/demo.yaml.")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for local state ($${dataDir} in configs). Default: $MQLSYNC_DATA_DIR, else ./data.")
    Optional<Path> dataDir = Optional.empty();

    /** The instance config file given with {@code -c}. */
    public Path configFile() {
        return config;
    }

    /** The {@code --data-dir} option, when given. */
    public Optional<Path> dataDirectory() {
        return dataDir;
    }
}
