package io.mqlsync.core.config;

import java.util.Optional;
import java.util.function.Supplier;

/** Counts the problems one binder adds, so it can return a value only when its block is clean. */
final class Binding {
    private final ProblemCollector problems;
    private final int before;

    Binding(ProblemCollector problems) {
        this.problems = problems;
        this.before = problems.problems().size();
    }

    boolean clean() {
        return problems.problems().size() == before;
    }

    /** The value when no problem was added since this binding began, else empty. */
    <T> Optional<T> result(Supplier<T> value) {
        return clean() ? Optional.of(value.get()) : Optional.empty();
    }
}
