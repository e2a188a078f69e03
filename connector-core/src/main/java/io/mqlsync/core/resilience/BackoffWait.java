package io.mqlsync.core.resilience;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import io.mqlsync.core.spi.TransientCrmException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The retry's interval function: computes the wait before the next attempt (exponential backoff with
 * jitter, never shorter than Retry-After) and spends it on the injected {@link Waiter}.
 *
 * <p>It waits itself and returns 0 because Resilience4j's {@code RetryImpl} spends the returned interval
 * with a sleep function that can only be replaced JVM-wide (a static setter); returning 0 makes that sleep
 * a no-op and keeps the wait injectable per policy, so tests record waits instead of sleeping. Resilience4j
 * calls this only when it has decided to retry, exactly once per retry, right before its (empty) sleep.
 */
final class BackoffWait implements IntervalBiFunction<Object> {
    private final RetrySettings settings;
    private final Waiter waiter;
    private final DoubleSupplier random;
    private final CallMetrics metrics;

    BackoffWait(RetrySettings settings, Waiter waiter, DoubleSupplier random, CallMetrics metrics) {
        this.settings = settings;
        this.waiter = waiter;
        this.random = random;
        this.metrics = metrics;
    }

    @Override
    public Long apply(Integer attemptsMade, Either<Throwable, Object> outcome) {
        // a result is only retried when items of a per-item call are pending: no Retry-After applies
        Duration wait = outcome.isLeft() ? waitAfter(attemptsMade, outcome.getLeft()) : backoff(attemptsMade);
        metrics.waited(wait);
        try {
            waiter.await(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientCrmException("interrupted while waiting " + wait + " before the next attempt"
                    + (outcome.isLeft() ? " after: " + outcome.getLeft().getMessage() : ""), e);
        }
        return 0L;
    }

    /**
     * The wait after {@code attemptsMade} attempts failed, the last with {@code failure}.
     *
     * @throws TransientCrmException when the CRM asked for a longer wait than {@link RetrySettings#maxRetryAfter()}
     */
    Duration waitAfter(int attemptsMade, Throwable failure) {
        Duration backoff = backoff(attemptsMade);
        Optional<Duration> retryAfter = failure instanceof TransientCrmException t ? t.retryAfter() : Optional.empty();
        if (retryAfter.isEmpty()) {
            return backoff;
        }
        Duration asked = retryAfter.get();
        if (asked.compareTo(settings.maxRetryAfter()) > 0) {
            throw new TransientCrmException(failure.getMessage() + "; the CRM asked to wait " + asked
                    + ", longer than the policy waits (" + settings.maxRetryAfter() + ")", retryAfter, failure);
        }
        return asked.compareTo(backoff) > 0 ? asked : backoff;
    }

    /** The jittered exponential backoff after {@code attemptsMade} attempts, without Retry-After. */
    Duration backoff(int attemptsMade) {
        return jittered(nominal(attemptsMade));
    }

    /** base * 2^(attemptsMade - 1), capped at the maximum. */
    private double nominal(int attemptsMade) {
        double base = settings.baseBackoff().toNanos();
        double cap = settings.maxBackoff().toNanos();
        return Math.min(cap, base * Math.pow(2, Math.max(0, attemptsMade - 1)));
    }

    /** A uniform value in (nominal * (1 - jitter), nominal]: jitter only ever shortens, so the cap holds. */
    private Duration jittered(double nominalNanos) {
        double factor = 1.0 - settings.jitter() * random.getAsDouble();
        return Duration.ofNanos((long) Math.ceil(nominalNanos * factor));
    }
}
