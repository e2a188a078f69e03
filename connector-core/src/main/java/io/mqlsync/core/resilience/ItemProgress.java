package io.mqlsync.core.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The state of one {@code callPerItem}: the latest result of every item and which items are still to be
 * sent again. The retry repeats {@link #attempt} while {@link #hasPending()}. Used by one call at a time.
 */
final class ItemProgress<I, R> {
    private final List<I> items;
    private final Function<List<I>, List<R>> call;
    private final Predicate<R> retryItem;
    private final List<R> results;
    private List<Integer> pending;

    ItemProgress(List<I> items, Function<List<I>, List<R>> call, Predicate<R> retryItem) {
        this.items = items;
        this.call = call;
        this.retryItem = retryItem;
        this.results = new ArrayList<>(items.size());
        this.pending = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
            pending.add(i);
        }
    }

    /** Sends the pending items once and records their results. */
    ItemProgress<I, R> attempt() {
        List<I> batch = pending.stream().map(items::get).toList();
        List<R> answered = call.apply(batch);
        if (answered.size() != batch.size()) {
            throw new IllegalStateException("a batch of " + batch.size() + " items came back with "
                    + answered.size() + " results; the adapter must return one result per item");
        }
        List<Integer> stillPending = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            R result = answered.get(i);
            results.set(pending.get(i), result);
            if (retryItem.test(result)) {
                stillPending.add(pending.get(i));
            }
        }
        pending = stillPending;
        return this;
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Every item's latest result, in input order; complete once {@link #attempt} has returned once. */
    List<R> results() {
        return List.copyOf(results);
    }
}
