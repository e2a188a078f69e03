package io.mqlsync.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.TransientCrmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ResilientCallPolicyPerItemTest {
    private static final RetrySettings NO_JITTER = new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(30),
            0.0, Duration.ofMinutes(5));

    private final FakeRuntime fake = new FakeRuntime(0.5);
    private final ResilientCallPolicy policy = new ResilientCallPolicy("acme-test",
            CallPolicyConfig.of(new RequestRate(1000, Duration.ofSeconds(10))).withRetry(NO_JITTER)
                    .withPermitTimeout(Duration.ZERO), fake.runtime());

    /** What a SOAP update reports per record. */
    record Saved(String id, String status) {
        boolean locked() {
            return status.equals("UNABLE_TO_LOCK_ROW");
        }
    }

    /** An org where some records stay locked for a number of calls; records each call's ids. */
    static final class LockingOrg implements Function<List<String>, List<Saved>> {
        private final Map<String, Integer> lockedFor;
        final List<List<String>> calls = new ArrayList<>();

        LockingOrg(Map<String, Integer> lockedFor) {
            this.lockedFor = new HashMap<>(lockedFor);
        }

        @Override
        public List<Saved> apply(List<String> ids) {
            calls.add(List.copyOf(ids));
            return ids.stream().map(id -> {
                if (id.startsWith("bad")) {
                    return new Saved(id, "FIELD_CUSTOM_VALIDATION_EXCEPTION");
                }
                int left = lockedFor.getOrDefault(id, 0);
                lockedFor.put(id, left - 1);
                return new Saved(id, left > 0 ? "UNABLE_TO_LOCK_ROW" : "OK");
            }).toList();
        }
    }

    @Test
    void onlyLockedItemsAreSentAgainAfterABackoff() {
        LockingOrg org = new LockingOrg(Map.of("00Q2", 2));

        List<Saved> results = policy.callPerItem(CallKind.WRITE, "lead.update", List.of("00Q1", "00Q2", "bad3"),
                org, Saved::locked);

        assertThat(results).containsExactly(new Saved("00Q1", "OK"), new Saved("00Q2", "OK"),
                new Saved("bad3", "FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        assertThat(org.calls).containsExactly(List.of("00Q1", "00Q2", "bad3"), List.of("00Q2"), List.of("00Q2"));
        assertThat(fake.waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(fake.counts.attempts(CallKind.WRITE)).isEqualTo(3);
    }

    @Test
    void anItemStillLockedAfterTheLastAttemptKeepsItsLastResult() {
        LockingOrg org = new LockingOrg(Map.of("00Q2", 99));

        List<Saved> results = policy.callPerItem(CallKind.WRITE, "lead.update", List.of("00Q1", "00Q2"), org, Saved::locked);

        assertThat(results).containsExactly(new Saved("00Q1", "OK"), new Saved("00Q2", "UNABLE_TO_LOCK_ROW"));
        assertThat(org.calls).hasSize(4);
        assertThat(fake.counts.retries()).isEqualTo(3);
    }

    @Test
    void aTransientFailureOfTheWholeCallUsesTheSameAttempts() {
        LockingOrg org = new LockingOrg(Map.of("00Q2", 1));
        List<Integer> calls = new ArrayList<>();
        Function<List<String>, List<Saved>> flaky = ids -> {
            calls.add(ids.size());
            if (calls.size() == 2) {
                throw new TransientCrmException("lead.update: connection reset", null);
            }
            return org.apply(ids);
        };

        List<Saved> results = policy.callPerItem(CallKind.WRITE, "lead.update", List.of("00Q1", "00Q2"), flaky, Saved::locked);

        assertThat(results).extracting(Saved::status).containsExactly("OK", "OK");
        assertThat(calls).containsExactly(2, 1, 1);
    }

    @Test
    void aPermanentFailureOfTheWholeCallIsNotRetried() {
        List<Integer> calls = new ArrayList<>();
        Function<List<String>, List<Saved>> invalid = ids -> {
            calls.add(ids.size());
            throw new PermanentCrmException("lead.update: INVALID_FIELD");
        };

        assertThatThrownBy(() -> policy.callPerItem(CallKind.WRITE, "lead.update", List.of("00Q1"), invalid, Saved::locked))
                .isInstanceOf(PermanentCrmException.class);
        assertThat(calls).containsExactly(1);
    }

    @Test
    void noItemsMakeNoCall() {
        LockingOrg org = new LockingOrg(Map.of());

        assertThat(policy.callPerItem(CallKind.WRITE, "lead.update", List.of(), org, Saved::locked)).isEmpty();
        assertThat(org.calls).isEmpty();
    }

    @Test
    void aCallMustAnswerEveryItem() {
        assertThatThrownBy(() -> policy.callPerItem(CallKind.WRITE, "lead.update", List.of("00Q1", "00Q2"),
                ids -> List.of(new Saved("00Q1", "OK")), Saved::locked))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a batch of 2 items came back with 1 results; the adapter must return one result per item");
    }
}
