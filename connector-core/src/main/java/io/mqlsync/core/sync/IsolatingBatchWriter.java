package io.mqlsync.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes a batch and, when the CRM rejects it as a whole because of bad items, finds them by splitting:
 * a rejected batch is split in halves and each half written again, down to single items. Good items are
 * still written; each bad item gets a failed result carrying the message of the smallest rejected batch
 * that held it. Results come back in input order. This is Spring Batch's scan, with halving instead of
 * one call per item, because a CRM batch usually holds one bad value among many good ones.
 *
 * <h2>Calls</h2>
 * For {@code n} items of which {@code k} are bad, a batch the CRM takes costs one call. Otherwise, when a
 * left half was taken in full, its right sibling is known to hold a bad item and is split without being
 * written whole (a single item is then failed with its parent's message, without a call of its own).
 * The number of calls is at most {@code 1 + 2 * k * ceil(log2 n)} and at most {@code 2n - 1}: at most 15
 * calls for one bad item in a HubSpot batch of 100, 29 for two, 399 for 200 bad Salesforce records out of
 * 200. Every good item is in exactly one call the CRM took. The inference assumes what the adapter
 * promises with {@link BatchOutcome.Rejected}: the CRM rejects a batch exactly when it holds a bad item.
 *
 * <p>Exceptions from the write (transient, permanent, auth, budget) pass through; the batch's results
 * are then unknown and the engine retries the page. Not thread-safe if {@code write} is not.
 *
 * @param <I> an item to write, such as a planned change
 * @param <R> the adapter's per-item result
 */
public final class IsolatingBatchWriter<I, R> {
    private final Function<List<I>, BatchOutcome<R>> write;
    private final BiFunction<I, String, R> failed;

    /**
     * @param write makes one batch call with the given items (never empty, at most the input's size);
     *        returns {@link BatchOutcome.Accepted} with exactly one result per item in order, or
     *        {@link BatchOutcome.Rejected}. Goes through the instance's call policy itself.
     * @param failed the failed result for a bad item and the CRM's message
     */
    public IsolatingBatchWriter(Function<List<I>, BatchOutcome<R>> write, BiFunction<I, String, R> failed) {
        this.write = Objects.requireNonNull(write, "write");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /**
     * Writes {@code items}, isolating bad ones.
     *
     * @return one result per item, in input order; empty for no items (no call is made)
     * @throws IllegalStateException if an accepted batch's results do not match its items one to one
     */
    public List<R> write(List<I> items) {
        List<I> batch = List.copyOf(items);
        List<R> results = new ArrayList<>(batch.size());
        if (!batch.isEmpty()) {
            writeInto(batch, Optional.empty(), results);
        }
        return List.copyOf(results);
    }

    /**
     * Appends the results of {@code batch} to {@code results}; returns whether every item was written.
     *
     * @param knownRejection the rejection message when {@code batch} is already known to hold a bad item
     */
    private boolean writeInto(List<I> batch, Optional<String> knownRejection, List<R> results) {
        String rejection;
        if (knownRejection.isPresent()) {
            rejection = knownRejection.get();
        } else {
            switch (write.apply(batch)) {
                case BatchOutcome.Accepted<R> accepted -> {
                    results.addAll(checked(batch, accepted.results()));
                    return true;
                }
                case BatchOutcome.Rejected<R> rejected -> rejection = rejected.message();
            }
        }
        if (batch.size() == 1) {
            results.add(failed.apply(batch.getFirst(), rejection));
            return false;
        }
        int middle = batch.size() / 2;
        boolean leftWritten = writeInto(batch.subList(0, middle), Optional.empty(), results);
        // the batch held a bad item and the left half had none: it is on the right
        writeInto(batch.subList(middle, batch.size()), leftWritten ? Optional.of(rejection) : Optional.empty(), results);
        return false;
    }

    private List<R> checked(List<I> batch, List<R> results) {
        if (results.size() != batch.size()) {
            throw new IllegalStateException("a batch of " + batch.size() + " items came back with "
                    + results.size() + " results; the adapter must return one result per item");
        }
        return results;
    }
}
