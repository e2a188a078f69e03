package io.mqlsync.core.resilience;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A CRM call that throws the given failures in turn and then answers "ok" (or keeps throwing one failure
 * forever); counts the requests it received.
 */
final class FlakyCall implements Supplier<String> {
    private final Deque<RuntimeException> failures;
    private final Optional<RuntimeException> forever;
    private int requests;

    FlakyCall(List<? extends RuntimeException> failures) {
        this(failures, Optional.empty());
    }

    private FlakyCall(List<? extends RuntimeException> failures, Optional<RuntimeException> forever) {
        this.failures = new ArrayDeque<>(failures);
        this.forever = forever;
    }

    static FlakyCall failingForever(RuntimeException failure) {
        return new FlakyCall(List.of(), Optional.of(failure));
    }

    @Override
    public String get() {
        requests++;
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        if (forever.isPresent()) {
            throw forever.get();
        }
        return "ok";
    }

    int requests() {
        return requests;
    }
}
