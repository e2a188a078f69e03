package io.mqlsync.core.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an instance config is read against, given by the caller instead of read from the process here:
 * the environment variables {@code ${NAME}} interpolates, the {@code --data-dir} option and the working
 * directory. The app wires {@code System::getenv}; tests give a map.
 *
 * @param variables        looks up one environment variable; empty when it is not set
 * @param dataDirOption    the {@code --data-dir} option, when given
 * @param workingDirectory where relative data directories resolve
 */
public record ConfigEnvironment(Function<String, Optional<String>> variables, Optional<Path> dataDirOption,
                                Path workingDirectory) {
    /** The variable that names the data directory when {@code --data-dir} is not given. */
    public static final String DATA_DIR_VARIABLE = "MQLSYNC_DATA_DIR";

    public ConfigEnvironment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(dataDirOption, "dataDirOption");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** An environment of exactly these variables. */
    public static ConfigEnvironment of(Map<String, String> variables, Optional<Path> dataDirOption,
                                       Path workingDirectory) {
        Map<String, String> copy = Map.copyOf(variables);
        return new ConfigEnvironment(name -> Optional.ofNullable(copy.get(name)), dataDirOption, workingDirectory);
    }

    /**
     * {@code ${dataDir}}: {@code --data-dir}, else {@code MQLSYNC_DATA_DIR}, else {@code data/} under the
     * working directory; absolute and normalised.
     */
    public Path dataDir() {
        Path chosen = dataDirOption.or(() -> variable(DATA_DIR_VARIABLE).filter(v -> !v.isBlank()).map(Path::of)).orElse(Path.of("data"));
        return workingDirectory.resolve(chosen).toAbsolutePath().normalize();
    }

    /** A variable's value; empty when unset. Never null. */
    Optional<String> variable(String name) {
        return Objects.requireNonNull(variables.apply(name), "the variable lookup returned null");
    }

    @Override
    public String toString() {
        return "ConfigEnvironment[dataDir=" + dataDir() + "]"; // never the variables: they hold secrets
    }
}
