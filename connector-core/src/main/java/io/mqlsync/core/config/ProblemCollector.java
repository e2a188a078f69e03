package io.mqlsync.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems of one file during validation, so that one pass reports all of them. Not
 * thread-safe; one per file being loaded.
 */
public final class ProblemCollector {
    private final String file;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public ProblemCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(String path, String message) {
        problems.add(new ConfigProblem(file, path, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    /** @throws ConfigException carrying every problem so far, if there is any */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
