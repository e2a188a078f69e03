package io.mqlsync.core.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.spi.CallKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CallCountsTest {

    @Test
    void countsFromManyThreadsAddUpExactly() throws Exception {
        CallCounts counts = new CallCounts();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                CallKind kind = t % 2 == 0 ? CallKind.READ : CallKind.WRITE;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        counts.attempted(kind, "op" + (i % 3));
                        counts.failed(kind, "op", CallFailure.THROTTLED);
                        counts.waited(Duration.ofMillis(1));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(counts.attempts(CallKind.READ)).isEqualTo(20_000);
        assertThat(counts.attempts(CallKind.WRITE)).isEqualTo(20_000);
        assertThat(counts.attempts()).isEqualTo(40_000);
        assertThat(counts.attemptsByOperation().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40_000);
        assertThat(counts.failures(CallFailure.THROTTLED)).isEqualTo(40_000);
        assertThat(counts.waited()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void combinedMetricsReportToBoth() {
        CallCounts first = new CallCounts();
        CallCounts second = new CallCounts();
        CallMetrics both = first.and(second);

        both.attempted(CallKind.SEARCH, "contacts.search");
        both.retried(CallKind.SEARCH, "contacts.search", 2);
        both.breakerStateChanged(BreakerState.OPEN);

        for (CallCounts counts : List.of(first, second)) {
            assertThat(counts.attemptsByOperation()).isEqualTo(Map.of("contacts.search", 1L));
            assertThat(counts.retries()).isEqualTo(1);
            assertThat(counts.breakerState()).isEqualTo(BreakerState.OPEN);
        }
    }
}
