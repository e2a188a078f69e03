package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.config.InstanceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The instance configs of {@code mqlsync run}, all loaded and checked before anything is scheduled: every
 * problem of every file, two configs of one instance, and state stores that cannot share a schedule are
 * reported together in one {@link ConfigException} (exit 2).
 */
final class DaemonConfigs {
    private final CliContext context;
    private final Optional<Path> dataDir;

    DaemonConfigs(CliContext context, Optional<Path> dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    /**
     * The files named with {@code -c}, then the {@code *.yaml} and {@code *.yml} files of the folder in name
     * order, each once.
     *
     * @throws ConfigException when the folder cannot be read
     */
    static List<Path> files(List<Path> named, Optional<Path> folder) {
        Map<Path, Path> files = new LinkedHashMap<>();
        named.forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
        if (folder.isPresent()) {
            try (Stream<Path> listed = Files.list(folder.get())) {
                listed.filter(f -> {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(f);
                }).sorted().forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } catch (IOException e) {
                throw new ConfigException(List.of(new ConfigProblem(folder.get().toString(), "",
                        "cannot be read as a folder of instance configs (" + e.getClass().getSimpleName() + ")")));
            }
        }
        return List.copyOf(files.values());
    }

    /** @throws ConfigException with the problems of every file, when any has one */
    List<InstanceConfig> load(List<Path> files) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<InstanceConfig> loaded = new ArrayList<>();
        Map<String, Path> byInstance = new HashMap<>();
        for (Path file : files) {
            try {
                InstanceConfig config = InstanceSession.load(context, file, dataDir);
                Path first = byInstance.putIfAbsent(config.instance(), file);
                if (first != null) {
                    problems.add(new ConfigProblem(file.toString(), "instance", "\"" + config.instance()
                            + "\" is also the instance of " + first + ": each instance needs exactly one config"));
                } else {
                    loaded.add(config);
                }
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            clusterProblem(loaded).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return List.copyOf(loaded);
    }

    /**
     * The PostgreSQL state database the instances share a clustered schedule in; empty when every
     * instance keeps local (SQLite) state and the schedule lives in memory.
     */
    static Optional<String> clusterUrl(List<InstanceConfig> configs) {
        return configs.stream().map(c -> c.state().url()).filter(DaemonConfigs::isPostgres).findFirst();
    }

    /** Instances of one daemon either all keep local state or all share one PostgreSQL database. */
    private static Optional<ConfigProblem> clusterProblem(List<InstanceConfig> configs) {
        Optional<InstanceConfig> clustered = configs.stream().filter(c -> isPostgres(c.state().url())).findFirst();
        if (clustered.isEmpty()) {
            return Optional.empty();
        }
        String url = clustered.get().state().url();
        return configs.stream().filter(c -> !c.state().url().equals(url)).findFirst().map(other -> new ConfigProblem(
                other.file().toString(), "state.url", "differs from the PostgreSQL state.url of "
                        + clustered.get().file() + ": the instances of one `mqlsync run` share their schedule in one "
                        + "PostgreSQL database, or all keep local state"));
    }

    private static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }
}
