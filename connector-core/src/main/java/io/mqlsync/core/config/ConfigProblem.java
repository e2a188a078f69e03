package io.mqlsync.core.config;

import java.util.Objects;

/**
 * One thing wrong with a configuration file, printed as one line:
 * {@code acme.yaml: lifecycle.expireAfter: "14 days" is not an ISO-8601 duration}.
 *
 * @param file    the file as the user named it
 * @param path    where in the file, e.g. {@code intent.rules[3] (pricing-3x).within}; empty for the whole file
 * @param message what is wrong; never a secret's value
 */
public record ConfigProblem(String file, String path, String message) {
    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The problem as the one line users see. */
    public String line() {
        return path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message;
    }

    @Override
    public String toString() {
        return line();
    }
}
