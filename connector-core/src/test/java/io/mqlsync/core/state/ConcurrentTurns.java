package io.mqlsync.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Several threads on each of several stores take round-robin turns of one pool at the same time. */
final class ConcurrentTurns {
    private ConcurrentTurns() {
    }

    static List<Long> take(List<StateStore> workers, int threadsPerWorker, int turnsPerThread, String poolKey) throws Exception {
        ConcurrentLinkedQueue<Long> positions = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(workers.size() * threadsPerWorker);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (StateStore worker : workers) {
                for (int t = 0; t < threadsPerWorker; t++) {
                    done.add(threads.submit(() -> {
                        go.await();
                        for (int i = 0; i < turnsPerThread; i++) {
                            positions.add(worker.roundRobin().getAndAdvance(poolKey));
                        }
                        return null;
                    }));
                }
            }
            go.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return List.copyOf(positions);
    }
}
