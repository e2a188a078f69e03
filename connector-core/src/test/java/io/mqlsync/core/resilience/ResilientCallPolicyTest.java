package io.mqlsync.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.CrmException;
import io.mqlsync.core.spi.DailyUsage;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.RateWindowStatus;
import io.mqlsync.core.spi.TransientCrmException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResilientCallPolicyTest {
    private static final TransientCrmException SERVER_ERROR = new TransientCrmException("contacts.read: HTTP 503", null);
    private static final RequestRate HUNDRED_PER_10S = new RequestRate(100, Duration.ofSeconds(10));
    /** A throttled attempt drains the window; with one-second windows the retry's wait reaches the next one. */
    private static final RequestRate TEN_PER_SECOND = new RequestRate(10, Duration.ofSeconds(1));
    private static final RetrySettings NO_JITTER = new RetrySettings(5, Duration.ofMillis(500), Duration.ofSeconds(30),
            0.0, Duration.ofMinutes(5));

    private final FakeRuntime fake = new FakeRuntime(0.5);

    private ResilientCallPolicy policy(CallPolicyConfig config) {
        // tests never wait for a permit: a missing one fails at once instead of parking the thread
        return new ResilientCallPolicy("acme-test", config.withPermitTimeout(Duration.ZERO), fake.runtime());
    }

    private static TransientCrmException throttled(Duration retryAfter) {
        return new TransientCrmException("contacts.batchUpdate: HTTP 429", Optional.of(retryAfter), null);
    }

    @Nested
    class Retries {
        @Test
        void transientFailuresAreRetriedWithExponentialBackoff() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(NO_JITTER));
            FlakyCall call = new FlakyCall(List.of(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR));

            String answer = policy.call(CallKind.READ, "contacts.read", call);

            assertThat(answer).isEqualTo("ok");
            assertThat(call.requests()).isEqualTo(4);
            assertThat(fake.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
        }

        @Test
        void jitteredWaitsStayWithinTheirBounds() {
            FakeRuntime random = new FakeRuntime(0.999);
            RetrySettings jittered = new RetrySettings(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5,
                    Duration.ofMinutes(5));
            ResilientCallPolicy policy = new ResilientCallPolicy("acme-test",
                    CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(jittered), random.runtime());

            policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR)));

            assertThat(random.waits).hasSize(3);
            long[] nominalMillis = {1000, 2000, 4000};
            for (int i = 0; i < 3; i++) {
                assertThat(random.waits.get(i).toMillis()).isBetween(nominalMillis[i] / 2, nominalMillis[i] - 1);
            }
        }

        @Test
        void aWaitHonoursRetryAfterWhenItIsLongerThanTheBackoff() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(TEN_PER_SECOND).withRetry(NO_JITTER));

            policy.call(CallKind.WRITE, "contacts.batchUpdate",
                    new FlakyCall(List.of(throttled(Duration.ofSeconds(12)), throttled(Duration.ofMillis(10)))));

            assertThat(fake.waits).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(1));
        }

        @Test
        void aRetryAfterLongerThanThePolicyWaitsStopsTheCallWithoutWaiting() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            FlakyCall call = new FlakyCall(List.of(throttled(Duration.ofHours(1))));

            assertThatThrownBy(() -> policy.call(CallKind.WRITE, "contacts.batchUpdate", call))
                    .isInstanceOfSatisfying(TransientCrmException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)))
                    .hasMessageContaining("longer than the policy waits");
            assertThat(call.requests()).isEqualTo(1);
            assertThat(fake.waits).isEmpty();
        }

        @Test
        void afterTheLastAttemptTheLastFailureSurfaces() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(NO_JITTER));
            TransientCrmException last = new TransientCrmException("contacts.read: connection reset", null);
            FlakyCall call = new FlakyCall(List.of(SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR, last));

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call)).isSameAs(last);
            assertThat(call.requests()).isEqualTo(5);
            assertThat(fake.waits).hasSize(4);
        }

        static Stream<CrmException> neverRetried() {
            return Stream.of(new PermanentCrmException("contacts.batchUpdate: HTTP 400"),
                    new CrmAuthException("contacts.read: HTTP 401 after refresh"),
                    new ApiBudgetExhaustedException("contacts.read: daily limit"));
        }

        @ParameterizedTest(name = "{0} is not retried")
        @MethodSource("neverRetried")
        void nonTransientFailuresAreNeverRetried(CrmException failure) {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            FlakyCall call = new FlakyCall(List.of(failure));

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call)).isSameAs(failure);
            assertThat(call.requests()).isEqualTo(1);
            assertThat(fake.waits).isEmpty();
        }

        @Test
        void unexpectedExceptionsAreNotRetried() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            FlakyCall call = new FlakyCall(List.of(new IllegalStateException("adapter bug")));

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(call.requests()).isEqualTo(1);
        }

        @Test
        void anInterruptedWaitStopsTheCallAsTransientAndKeepsTheInterrupt() {
            PolicyRuntime interrupted = new PolicyRuntime(fake.clock, fake.nanos::get,
                    wait -> { throw new InterruptedException("shutdown"); }, () -> 0.5, CallMetrics.none());
            ResilientCallPolicy policy = new ResilientCallPolicy("acme-test", CallPolicyConfig.of(HUNDRED_PER_10S), interrupted);
            FlakyCall call = new FlakyCall(List.of(SERVER_ERROR));

            try {
                assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                        .isInstanceOf(TransientCrmException.class)
                        .hasMessageContaining("interrupted");
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
                assertThat(call.requests()).isEqualTo(1);
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Nested
    class CircuitBreaking {
        private final BreakerSettings fourCalls = new BreakerSettings(50f, 4, 4, Duration.ofSeconds(30), 2);

        private ResilientCallPolicy breakerPolicy() {
            return policy(CallPolicyConfig.of(HUNDRED_PER_10S).withBreaker(fourCalls)
                    .withRetry(new RetrySettings(1, Duration.ofMillis(500), Duration.ofSeconds(30), 0.5, Duration.ofMinutes(5))));
        }

        private void failTimes(ResilientCallPolicy policy, int times) {
            for (int i = 0; i < times; i++) {
                fake.advance(Duration.ofSeconds(1)); // past the rate limiter's slice
                assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", FlakyCall.failingForever(SERVER_ERROR)))
                        .isSameAs(SERVER_ERROR);
            }
        }

        @Test
        void sustainedFailuresOpenTheBreakerAndItStopsTheRunWithoutRetrying() {
            ResilientCallPolicy policy = breakerPolicy();
            failTimes(policy, 4);
            assertThat(policy.breakerState()).isEqualTo(BreakerState.OPEN);

            fake.advance(Duration.ofSeconds(1));
            FlakyCall call = new FlakyCall(List.of());
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOfSatisfying(TransientCrmException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)))
                    .hasMessageContaining("circuit breaker is open");
            assertThat(call.requests()).isZero();
            assertThat(fake.counts.failures(CallFailure.CIRCUIT_OPEN)).isEqualTo(1);
            assertThat(fake.counts.breakerState()).isEqualTo(BreakerState.OPEN);
        }

        @Test
        void anOpenBreakerIsNotRetriedEvenWithAttemptsLeft() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withBreaker(fourCalls).withRetry(NO_JITTER));
            FlakyCall call = FlakyCall.failingForever(SERVER_ERROR);

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOf(TransientCrmException.class)
                    .hasMessageContaining("circuit breaker is open");
            // four requests opened the breaker; the fifth attempt was refused and not retried
            assertThat(call.requests()).isEqualTo(4);
            assertThat(fake.waits).hasSize(4);
        }

        @Test
        void afterItsOpenPeriodTheBreakerHalfOpensAndSuccessfulProbesCloseIt() {
            ResilientCallPolicy policy = breakerPolicy();
            failTimes(policy, 4);

            fake.advance(Duration.ofSeconds(31));
            assertThat(policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()))).isEqualTo("ok");
            assertThat(policy.breakerState()).isEqualTo(BreakerState.HALF_OPEN);
            fake.advance(Duration.ofSeconds(1));
            policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()));

            assertThat(policy.breakerState()).isEqualTo(BreakerState.CLOSED);
            assertThat(fake.counts.breakerState()).isEqualTo(BreakerState.CLOSED);
        }

        @Test
        void aFailedProbeOpensTheBreakerAgain() {
            ResilientCallPolicy policy = breakerPolicy();
            failTimes(policy, 4);
            fake.advance(Duration.ofSeconds(31));

            failTimes(policy, 2);

            assertThat(policy.breakerState()).isEqualTo(BreakerState.OPEN);
        }

        @Test
        void throttlingAndPermanentFailuresDoNotOpenTheBreaker() {
            ResilientCallPolicy policy = breakerPolicy();
            for (int i = 0; i < 10; i++) {
                FlakyCall throttledCall = FlakyCall.failingForever(throttled(Duration.ofSeconds(1)));
                assertThatThrownBy(() -> policy.call(CallKind.WRITE, "contacts.batchUpdate", throttledCall))
                        .isInstanceOf(TransientCrmException.class);
                fake.advance(Duration.ofSeconds(1));
                FlakyCall rejectedCall = FlakyCall.failingForever(new PermanentCrmException("contacts.batchUpdate: HTTP 400"));
                assertThatThrownBy(() -> policy.call(CallKind.WRITE, "contacts.batchUpdate", rejectedCall))
                        .isInstanceOf(PermanentCrmException.class);
            }

            assertThat(policy.breakerState()).isEqualTo(BreakerState.CLOSED);
        }
    }

    @Nested
    class RateLimits {
        /** One attempt per call: a call without a permit fails instead of waiting for one in a retry. */
        private final RetrySettings once = new RetrySettings(1, Duration.ofMillis(500), Duration.ofSeconds(1), 0, Duration.ZERO);
        @Test
        void requestsAreSpreadSoNoRollingWindowHoldsMoreThanTheLimit() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(new RequestRate(10, Duration.ofSeconds(10))).withRetry(once));

            List<Long> sent = sendEvery(policy, Duration.ofMillis(100), Duration.ofSeconds(60));

            assertThat(maxInAnyWindow(sent, Duration.ofSeconds(10))).isLessThanOrEqualTo(10);
            // one request per 10/9 s: 9 of the 10 allowed per window, sustained
            assertThat(sent).hasSize(54);
        }

        @Test
        void aRetryTakesAPermitOfItsOwn() {
            RetrySettings quick = new RetrySettings(6, Duration.ofMillis(100), Duration.ofSeconds(30), 0.0, Duration.ofMinutes(5));
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(new RequestRate(10, Duration.ofSeconds(10))).withRetry(quick));
            FlakyCall call = new FlakyCall(List.of(SERVER_ERROR));

            assertThat(policy.call(CallKind.READ, "contacts.read", call)).isEqualTo("ok");

            // retries after 0.1, 0.3 and 0.7 s found the 1.11 s slice's permit taken; the one after 1.5 s got the next
            assertThat(call.requests()).isEqualTo(2);
            assertThat(fake.counts.failures(CallFailure.NO_PERMIT)).isEqualTo(3);
            assertThat(fake.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                    Duration.ofMillis(800));
        }

        @Test
        void aCallNeverSendsMoreRequestsThanTheLimitAllows() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(new RequestRate(3, Duration.ofHours(1))).withRetry(NO_JITTER));
            FlakyCall call = FlakyCall.failingForever(SERVER_ERROR);

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOf(TransientCrmException.class)
                    .hasMessage("acme-test: contacts.read not sent, no rate-limit permit within PT0S");
            assertThat(call.requests()).isEqualTo(1);
            assertThat(fake.counts.failures(CallFailure.NO_PERMIT)).isEqualTo(4);
        }

        @Test
        void aKindWithItsOwnLimitTakesPermitsFromBothLimits() {
            KindRate search = new KindRate(Set.of(CallKind.SEARCH), new RequestRate(3, Duration.ofSeconds(2)));
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withKindRate(search).withRetry(once));

            assertThat(policy.call(CallKind.SEARCH, "contacts.search", new FlakyCall(List.of()))).isEqualTo("ok");
            FlakyCall readInTheSameSlice = new FlakyCall(List.of());
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", readInTheSameSlice))
                    .hasMessageContaining("no rate-limit permit");
            assertThat(readInTheSameSlice.requests()).isZero();

            fake.advance(Duration.ofMillis(500));
            FlakyCall searchTooSoon = new FlakyCall(List.of());
            assertThatThrownBy(() -> policy.call(CallKind.SEARCH, "contacts.search", searchTooSoon))
                    .hasMessageContaining("no rate-limit permit");
            assertThat(searchTooSoon.requests()).isZero();
            assertThat(policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()))).isEqualTo("ok");

            fake.advance(Duration.ofMillis(500));
            assertThat(policy.call(CallKind.SEARCH, "contacts.search", new FlakyCall(List.of()))).isEqualTo("ok");
        }

        @Test
        void theCrmsLowerLimitLowersOurRate() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(once));

            policy.feedback().windowStatus(new RateWindowStatus(50, 50, Duration.ofSeconds(10)));

            assertThat(policy.requestsPerWindow()).isEqualTo(50);
            List<Long> sent = sendEvery(policy, Duration.ofMillis(10), Duration.ofSeconds(30));
            assertThat(maxInAnyWindow(sent, Duration.ofSeconds(10))).isLessThanOrEqualTo(50);
            assertThat(sent).hasSize(147);
        }

        @Test
        void withoutFeedbackTheConfiguredRateHolds() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(once));

            List<Long> sent = sendEvery(policy, Duration.ofMillis(10), Duration.ofSeconds(30));

            assertThat(maxInAnyWindow(sent, Duration.ofSeconds(10))).isLessThanOrEqualTo(100);
            assertThat(sent.size()).isGreaterThanOrEqualTo(297); // 99 % of the limit, sustained
        }

        @Test
        void aLimitReportedForAnotherWindowIsScaledToOurs() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));

            policy.feedback().windowStatus(new RateWindowStatus(4, 4, Duration.ofSeconds(1)));

            assertThat(policy.requestsPerWindow()).isEqualTo(40);
        }

        @Test
        void aRaisedLimitIsUsedAgainButNeverBeyondTheConfiguredOne() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            policy.feedback().windowStatus(new RateWindowStatus(50, 50, Duration.ofSeconds(10)));

            policy.feedback().windowStatus(new RateWindowStatus(190, 190, Duration.ofSeconds(10)));

            assertThat(policy.requestsPerWindow()).isEqualTo(100);
        }

        @Test
        void anEmptyCrmWindowGivesUpOurNextPermit() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(once));

            policy.feedback().windowStatus(new RateWindowStatus(100, 0, Duration.ofSeconds(10)));

            FlakyCall call = new FlakyCall(List.of());
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call)).hasMessageContaining("no rate-limit permit");
            assertThat(call.requests()).isZero();
            fake.advance(Duration.ofMillis(102));
            assertThat(policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()))).isEqualTo("ok");
        }

        /** Tries a call every {@code step} for {@code total}; returns the fake times of those that were sent. */
        private List<Long> sendEvery(ResilientCallPolicy policy, Duration step, Duration total) {
            List<Long> sent = new java.util.ArrayList<>();
            for (long t = 0; t < total.toNanos(); t += step.toNanos()) {
                try {
                    policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()));
                    sent.add(fake.nanos.get());
                } catch (TransientCrmException noPermit) {
                    assertThat(noPermit).hasMessageContaining("no rate-limit permit");
                }
                fake.advance(step);
            }
            return sent;
        }
    }

    /** The most requests any half-open window of the given length holds. */
    static int maxInAnyWindow(List<Long> sentNanos, Duration window) {
        int max = 0;
        for (int i = 0; i < sentNanos.size(); i++) {
            int j = i;
            while (j < sentNanos.size() && sentNanos.get(j) < sentNanos.get(i) + window.toNanos()) {
                j++;
            }
            max = Math.max(max, j - i);
        }
        return max;
    }

    @Nested
    class DailyBudgetGuard {
        @Test
        void theGuardStopsAtTheConfiguredShareWithoutSending() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            policy.feedback().dailyUsage(new DailyUsage(795, 1000));
            for (int i = 0; i < 5; i++) {
                fake.advance(Duration.ofSeconds(1));
                policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()));
            }

            fake.advance(Duration.ofSeconds(1));
            FlakyCall call = new FlakyCall(List.of());
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOf(ApiBudgetExhaustedException.class)
                    .hasMessage("acme-test: contacts.read not sent: 800 of 1000 daily API requests used, this instance stops at 80% (800)");
            assertThat(call.requests()).isZero();
            assertThat(fake.waits).isEmpty();
            assertThat(fake.counts.failures(CallFailure.BUDGET_EXHAUSTED)).isEqualTo(1);
        }

        @Test
        void retriedAttemptsCountAgainstTheBudget() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withMaxDailyShare(0.5));
            policy.feedback().dailyUsage(new DailyUsage(97, 200));
            FlakyCall call = FlakyCall.failingForever(SERVER_ERROR);

            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", call))
                    .isInstanceOf(ApiBudgetExhaustedException.class);
            assertThat(call.requests()).isEqualTo(3);
        }

        @Test
        void aNewerReportFromTheCrmReplacesTheEstimate() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            policy.feedback().dailyUsage(new DailyUsage(900, 1000));

            policy.feedback().dailyUsage(DailyUsage.fromRemaining(990, 1000));

            assertThat(policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()))).isEqualTo("ok");
        }

        @Test
        void withoutAReportEveryRequestIsSent() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(new RequestRate(1000, Duration.ofSeconds(1))));

            for (int i = 0; i < 500; i++) {
                fake.advance(Duration.ofMillis(2));
                policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()));
            }

            assertThat(fake.counts.attempts(CallKind.READ)).isEqualTo(500);
        }

        @Test
        void anExhaustedBudgetLetsOneProbeThroughOnceTheReportIsStale() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S));
            policy.feedback().dailyUsage(new DailyUsage(800, 1000));
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of())))
                    .isInstanceOf(ApiBudgetExhaustedException.class);

            fake.advance(DailyBudget.PROBE_AFTER);

            assertThat(policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of()))).isEqualTo("ok");
            fake.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of())))
                    .isInstanceOf(ApiBudgetExhaustedException.class);
        }
    }

    @Nested
    class Metrics {
        @Test
        void requestsRetriesAndFailuresAreCountedByKindAndOperation() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(TEN_PER_SECOND).withRetry(NO_JITTER));

            policy.call(CallKind.READ, "contacts.read", new FlakyCall(List.of(SERVER_ERROR, throttled(Duration.ofSeconds(3)))));
            fake.advance(Duration.ofSeconds(1));
            policy.call(CallKind.WRITE, "contacts.batchUpdate", new FlakyCall(List.of()));
            fake.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> policy.call(CallKind.WRITE, "tasks.batchCreate",
                    new FlakyCall(List.of(new PermanentCrmException("tasks.batchCreate: HTTP 400")))))
                    .isInstanceOf(PermanentCrmException.class);

            CallCounts counts = fake.counts;
            assertThat(counts.attempts(CallKind.READ)).isEqualTo(3);
            assertThat(counts.attempts(CallKind.WRITE)).isEqualTo(2);
            assertThat(counts.attemptsByOperation()).containsExactlyInAnyOrderEntriesOf(
                    java.util.Map.of("contacts.read", 3L, "contacts.batchUpdate", 1L, "tasks.batchCreate", 1L));
            assertThat(counts.retries()).isEqualTo(2);
            assertThat(counts.failures(CallFailure.TRANSIENT)).isEqualTo(1);
            assertThat(counts.failures(CallFailure.THROTTLED)).isEqualTo(1);
            assertThat(counts.failures(CallFailure.PERMANENT)).isEqualTo(1);
            assertThat(counts.waited()).isEqualTo(Duration.ofMillis(500).plusSeconds(3));
        }

        @Test
        void theSystemRuntimeWithDefaultsServesACall() {
            CallCounts counts = new CallCounts();
            ResilientCallPolicy policy = new ResilientCallPolicy("acme-hubspot",
                    CallPolicyConfig.of(HUNDRED_PER_10S).withKindRate(
                            new KindRate(Set.of(CallKind.SEARCH), new RequestRate(5, Duration.ofSeconds(1)))),
                    PolicyRuntime.system(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC), counts));

            assertThat(policy.call(CallKind.SEARCH, "contacts.search", () -> "found")).isEqualTo("found");
            assertThat(counts.attempts(CallKind.SEARCH)).isEqualTo(1);
            assertThat(policy.breakerState()).isEqualTo(BreakerState.CLOSED);
            assertThat(policy.requestsPerWindow()).isEqualTo(100);
        }

        @Test
        void runReturnsNothingButGoesThroughTheSamePolicy() {
            ResilientCallPolicy policy = policy(CallPolicyConfig.of(HUNDRED_PER_10S).withRetry(NO_JITTER));
            List<String> sent = Collections.synchronizedList(new java.util.ArrayList<>());
            FlakyCall call = new FlakyCall(List.of(SERVER_ERROR));

            policy.run(CallKind.WRITE, "contacts.clearLifecycle", () -> sent.add(call.get()));

            assertThat(sent).containsExactly("ok");
            assertThat(fake.counts.attempts(CallKind.WRITE)).isEqualTo(2);
        }
    }
}
