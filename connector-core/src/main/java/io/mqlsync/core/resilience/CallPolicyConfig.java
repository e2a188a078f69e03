package io.mqlsync.core.resilience;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that shapes one CRM instance's {@link ResilientCallPolicy}. Start from
 * {@link #of(RequestRate)} and change what the instance config says.
 *
 * @param rate the instance's main request limit; every call takes a permit from it
 * @param kindRate an optional second limit for some call kinds
 * @param retry how transient failures are retried
 * @param breaker when the circuit breaker opens
 * @param maxDailyShare the share of the CRM's reported daily API allowance this instance may use up to,
 *        in (0, 1]; leaves the rest for the account's other integrations. Default 0.8.
 * @param permitTimeout how long one attempt may wait for a rate-limit permit before it fails transiently
 *        (and is retried); zero means never wait. Default: twice the longest window.
 */
public record CallPolicyConfig(RequestRate rate, Optional<KindRate> kindRate, RetrySettings retry,
                               BreakerSettings breaker, double maxDailyShare, Duration permitTimeout) {
    public static final double DEFAULT_MAX_DAILY_SHARE = 0.8;

    public CallPolicyConfig {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(kindRate, "kindRate");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(breaker, "breaker");
        Objects.requireNonNull(permitTimeout, "permitTimeout");
        if (!(maxDailyShare > 0.0 && maxDailyShare <= 1.0)) {
            throw new IllegalArgumentException("maxDailyShare must be in (0, 1] but was " + maxDailyShare);
        }
        if (permitTimeout.isNegative()) {
            throw new IllegalArgumentException("permitTimeout must not be negative but was " + permitTimeout);
        }
    }

    /** The given main rate with every default: no second limit, default retry and breaker, 80 % daily share. */
    public static CallPolicyConfig of(RequestRate rate) {
        return new CallPolicyConfig(rate, Optional.empty(), RetrySettings.defaults(), BreakerSettings.defaults(),
                DEFAULT_MAX_DAILY_SHARE, rate.window().multipliedBy(2));
    }

    /** This config with a second limit; the permit timeout grows to twice its window if that is longer. */
    public CallPolicyConfig withKindRate(KindRate newKindRate) {
        Duration timeout = max(permitTimeout, newKindRate.rate().window().multipliedBy(2));
        return new CallPolicyConfig(rate, Optional.of(newKindRate), retry, breaker, maxDailyShare, timeout);
    }

    public CallPolicyConfig withRetry(RetrySettings newRetry) {
        return new CallPolicyConfig(rate, kindRate, newRetry, breaker, maxDailyShare, permitTimeout);
    }

    public CallPolicyConfig withBreaker(BreakerSettings newBreaker) {
        return new CallPolicyConfig(rate, kindRate, retry, newBreaker, maxDailyShare, permitTimeout);
    }

    public CallPolicyConfig withMaxDailyShare(double newShare) {
        return new CallPolicyConfig(rate, kindRate, retry, breaker, newShare, permitTimeout);
    }

    public CallPolicyConfig withPermitTimeout(Duration newTimeout) {
        return new CallPolicyConfig(rate, kindRate, retry, breaker, maxDailyShare, newTimeout);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
