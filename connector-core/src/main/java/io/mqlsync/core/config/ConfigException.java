package io.mqlsync.core.config;

import io.mqlsync.core.model.MqlsyncException;
import java.util.List;

/** A configuration file cannot be used; carries every problem found, not only the first. Exit code 2. */
public class ConfigException extends MqlsyncException {
    private final List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
    }

    /** Never empty. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems) {
        return String.join(System.lineSeparator(), problems.stream().map(ConfigProblem::line).toList());
    }
}
