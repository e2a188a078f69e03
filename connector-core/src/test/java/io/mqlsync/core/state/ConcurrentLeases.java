package io.mqlsync.core.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Threads on several stores ask for one instance's lease at the same time, each as its own holder. */
final class ConcurrentLeases {
    private ConcurrentLeases() {
    }

    static List<Optional<Lease>> race(List<StateStore> workers, int threadsPerWorker, Duration ttl) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(workers.size() * threadsPerWorker);
        try {
            List<Future<Optional<Lease>>> asked = new ArrayList<>();
            for (int w = 0; w < workers.size(); w++) {
                StateStore worker = workers.get(w);
                for (int t = 0; t < threadsPerWorker; t++) {
                    String holder = "worker-" + w + ":thread-" + t;
                    asked.add(threads.submit(() -> {
                        go.await();
                        return worker.lease().acquire(holder, ttl);
                    }));
                }
            }
            go.countDown();
            List<Optional<Lease>> results = new ArrayList<>();
            for (Future<Optional<Lease>> answer : asked) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
