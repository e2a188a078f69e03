package io.mqlsync.core.config;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the plain values of a document that the schema cannot fully judge: numbers must be finite
 * ({@code .inf} and {@code .nan} are YAML numbers) and names must not be blank (the schema only
 * refuses the empty string). Reports what it refuses; a wrong type is the schema's to report.
 */
final class Scalars {
    private final Findings findings;

    Scalars(Findings findings) {
        this.findings = findings;
    }

    OptionalDouble finite(ConfigNode node) {
        OptionalDouble n = node.number();
        if (n.isPresent() && !Double.isFinite(n.getAsDouble())) {
            findings.add(node, "must be a finite number");
            return OptionalDouble.empty();
        }
        return n;
    }

    Optional<String> nonBlank(ConfigNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && text.get().isBlank()) {
            if (!text.get().isEmpty()) { // the empty string: the schema's minLength reported it
                findings.add(node, "must not be blank");
            }
            return Optional.empty();
        }
        return text;
    }
}
