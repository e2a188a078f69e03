package io.mqlsync.core.config;

import java.util.Optional;
import java.util.function.Supplier;

/** Counts the problems one binder adds, so it can return a value only when its block is clean. */
final class Binding {
    private final Findings findings;
    private final int before;

    Binding(Findings findings) {
        this.findings = findings;
        this.before = findings.count();
    }

    /** The value when no problem was added since this binding began, else empty. */
    <T> Optional<T> result(Supplier<T> value) {
        return findings.count() == before ? Optional.of(value.get()) : Optional.empty();
    }
}
