package io.mqlsync.core.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CallPolicy;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.CrmException;
import io.mqlsync.core.spi.DailyUsage;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.RateLimitFeedback;
import io.mqlsync.core.spi.RateWindowStatus;
import io.mqlsync.core.spi.TransientCrmException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The {@link CallPolicy} of one CRM instance, on Resilience4j. Every call is decorated, outermost first:
 * <ol>
 *   <li><b>Retry</b>: only {@link TransientCrmException}, up to {@link RetrySettings#maxAttempts()}, waits
 *       from {@link RetrySettings} and never shorter than Retry-After; a Retry-After above
 *       {@link RetrySettings#maxRetryAfter()} fails the call at once.</li>
 *   <li><b>Circuit breaker</b>: counts transient failures without Retry-After (the CRM is failing, not
 *       throttling); a permanent failure counts as a success (the CRM answered). While open, calls fail at
 *       once with a {@code TransientCrmException} that the retry does not retry: the run stops after its
 *       last checkpoint and resumes next time, when the breaker half-opens and probes.</li>
 *   <li><b>Rate limiters</b>: the call kind's own limit if configured, then the main limit, each spreading
 *       its requests evenly so no rolling window exceeds it (see {@link RequestRate}); every attempt takes a
 *       permit, waiting up to the permit timeout (a timeout fails the attempt transiently, and it is
 *       retried). The CRM's rate-limit headers lower the main limit ({@link #windowStatus}).</li>
 *   <li><b>Daily budget</b>: counts each request; at the configured share of the CRM's reported daily
 *       allowance it throws {@link ApiBudgetExhaustedException} instead of sending.</li>
 * </ol>
 * {@link #callPerItem} uses the same retry: an attempt that leaves items pending is retried like a
 * transient failure (without Retry-After). Auth, permanent and budget failures pass through unchanged
 * and are never retried. The Resilience4j objects are built once, here; no Resilience4j type leaves this
 * package. Thread-safe.
 */
public final class ResilientCallPolicy implements CallPolicy, RateLimitFeedback {
    private final String instance;
    private final CallPolicyConfig config;
    private final CallMetrics metrics;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final SpacedLimiter mainLimiter;
    private final Optional<SpacedLimiter> kindLimiter;
    private final WindowFeedback windowFeedback;
    private final DailyBudget budget;

    /**
     * @param instance the CRM instance's name, used in messages and Resilience4j instance names
     * @param config the instance's limits and retry settings
     * @param runtime the clock, time source, waiter, randomness and metrics to run on
     */
    public ResilientCallPolicy(String instance, CallPolicyConfig config, PolicyRuntime runtime) {
        this.instance = Objects.requireNonNull(instance, "instance");
        this.config = Objects.requireNonNull(config, "config");
        this.metrics = runtime.metrics();
        this.retry = Retry.of(instance, RetryConfig.custom()
                .maxAttempts(config.retry().maxAttempts())
                .retryOnException(ResilientCallPolicy::retryable)
                .retryOnResult(result -> result instanceof ItemProgress<?, ?> progress && progress.hasPending())
                .intervalBiFunction(new BackoffWait(config.retry(), runtime.waiter(), runtime.random(), metrics))
                .build());
        this.breaker = CircuitBreaker.of(instance, breakerConfig(config.breaker(), runtime));
        breaker.getEventPublisher().onStateTransition(
                event -> metrics.breakerStateChanged(state(event.getStateTransition().getToState())));
        this.mainLimiter = new SpacedLimiter(instance + "-main", config.rate(), config.permitTimeout(), runtime.nanoTime());
        this.kindLimiter = config.kindRate()
                .map(kr -> new SpacedLimiter(instance + "-kind", kr.rate(), config.permitTimeout(), runtime.nanoTime()));
        this.windowFeedback = new WindowFeedback(mainLimiter, config.rate(), metrics);
        this.budget = new DailyBudget(config.maxDailyShare(), runtime.clock());
    }

    @Override
    public <T> T call(CallKind kind, String operation, Supplier<T> call) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(call, "call");
        Supplier<T> request = () -> {
            budget.beforeRequest(instance, operation);
            metrics.attempted(kind, operation);
            return call.get();
        };
        Supplier<T> limited = mainLimiter.decorate(request);
        if (appliesKindLimit(kind)) {
            limited = kindLimiter.orElseThrow().decorate(limited);
        }
        Supplier<T> attempt = classified(kind, operation, CircuitBreaker.decorateSupplier(breaker, limited));
        return Retry.decorateSupplier(retry, attempt).get();
    }

    @Override
    public <I, R> List<R> callPerItem(CallKind kind, String operation, List<I> items, Function<List<I>, List<R>> call,
                                      Predicate<R> retryItem) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(retryItem, "retryItem");
        List<I> batch = List.copyOf(items);
        if (batch.isEmpty()) {
            return List.of();
        }
        ItemProgress<I, R> progress = new ItemProgress<>(batch, call, retryItem);
        // the retry repeats the attempt while items are pending, and returns the last progress when attempts run out
        return call(kind, operation, progress::attempt).results();
    }

    @Override
    public RateLimitFeedback feedback() {
        return this;
    }

    @Override
    public void windowStatus(RateWindowStatus status) {
        windowFeedback.apply(Objects.requireNonNull(status, "status"));
    }

    @Override
    public void dailyUsage(DailyUsage usage) {
        budget.report(Objects.requireNonNull(usage, "usage"));
    }

    /** The circuit breaker's state now, for health checks. */
    public BreakerState breakerState() {
        return state(breaker.getState());
    }

    /** Requests the main limit currently allows per window, after the CRM's feedback. */
    public int requestsPerWindow() {
        return mainLimiter.requestsPerWindow();
    }

    /** One attempt: counts it, turns Resilience4j's refusals into our failure classes, counts failures. */
    private <T> Supplier<T> classified(CallKind kind, String operation, Supplier<T> guarded) {
        AtomicInteger attempts = new AtomicInteger();
        return () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt > 1) {
                metrics.retried(kind, operation, attempt);
            }
            try {
                return guarded.get();
            } catch (CallNotPermittedException e) {
                metrics.failed(kind, operation, CallFailure.CIRCUIT_OPEN);
                throw new TransientCrmException(instance + ": " + operation
                        + " not sent, the circuit breaker is open after sustained failures; stopping the run",
                        Optional.of(config.breaker().openFor()), e);
            } catch (RequestNotPermitted e) {
                metrics.failed(kind, operation, CallFailure.NO_PERMIT);
                throw new TransientCrmException(instance + ": " + operation + " not sent, no rate-limit permit within "
                        + config.permitTimeout(), e);
            } catch (CrmException e) {
                metrics.failed(kind, operation, failure(e));
                throw e;
            }
        };
    }

    private boolean appliesKindLimit(CallKind kind) {
        return config.kindRate().map(kr -> kr.kinds().contains(kind)).orElse(false);
    }

    private static boolean retryable(Throwable failure) {
        // an open breaker also surfaces as transient, but retrying it would only wait out the open period
        return failure instanceof TransientCrmException && !(failure.getCause() instanceof CallNotPermittedException);
    }

    private static boolean throttled(Throwable failure) {
        return failure instanceof TransientCrmException t && t.retryAfter().isPresent();
    }

    private static CallFailure failure(CrmException e) {
        return switch (e) {
            case TransientCrmException t -> t.retryAfter().isPresent() ? CallFailure.THROTTLED : CallFailure.TRANSIENT;
            case PermanentCrmException p -> CallFailure.PERMANENT;
            case CrmAuthException a -> CallFailure.AUTH;
            case ApiBudgetExhaustedException b -> CallFailure.BUDGET_EXHAUSTED;
        };
    }

    private static CircuitBreakerConfig breakerConfig(BreakerSettings settings, PolicyRuntime runtime) {
        return CircuitBreakerConfig.custom()
                .slidingWindow(settings.windowCalls(), settings.minimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .recordException(failure -> failure instanceof TransientCrmException && !throttled(failure))
                // neither success nor failure: says nothing about whether the CRM is up
                .ignoreException(failure -> throttled(failure) || failure instanceof CrmAuthException
                        || failure instanceof ApiBudgetExhaustedException || !(failure instanceof CrmException))
                .clock(runtime.clock())
                .build();
    }

    private static BreakerState state(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN, FORCED_OPEN -> BreakerState.OPEN;
            case HALF_OPEN -> BreakerState.HALF_OPEN;
            case CLOSED, DISABLED, METRICS_ONLY -> BreakerState.CLOSED;
        };
    }
}
