package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.TransientCrmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsolatingBatchWriterTest {

    /** What the adapter reports per item. */
    record Result(int item, boolean ok, String message) {
        static Result written(int item) {
            return new Result(item, true, "");
        }

        static Result failed(int item, String message) {
            return new Result(item, false, message);
        }
    }

    /**
     * A CRM that rejects a whole batch when it holds a bad item, naming every bad item in its message,
     * and otherwise writes every item; records each call.
     */
    static final class RejectingCrm implements Function<List<Integer>, BatchOutcome<Result>> {
        private final Set<Integer> bad;
        final List<List<Integer>> calls = new ArrayList<>();
        final Map<Integer, Integer> timesWritten = new HashMap<>();

        RejectingCrm(Set<Integer> bad) {
            this.bad = Set.copyOf(bad);
        }

        @Override
        public BatchOutcome<Result> apply(List<Integer> batch) {
            calls.add(List.copyOf(batch));
            List<Integer> badHere = batch.stream().filter(bad::contains).toList();
            if (!badHere.isEmpty()) {
                return BatchOutcome.rejected("invalid value in items " + badHere);
            }
            batch.forEach(item -> timesWritten.merge(item, 1, Integer::sum));
            return BatchOutcome.accepted(batch.stream().map(Result::written).toList());
        }
    }

    private static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static IsolatingBatchWriter<Integer, Result> writer(RejectingCrm crm) {
        return new IsolatingBatchWriter<>(crm, Result::failed);
    }

    private static int callBound(int n, int bad) {
        int log2 = 32 - Integer.numberOfLeadingZeros(n - 1); // ceil(log2 n)
        return bad == 0 ? 1 : Math.min(2 * n - 1, 1 + 2 * bad * log2);
    }

    @Test
    void aCleanBatchIsOneCall() {
        RejectingCrm crm = new RejectingCrm(Set.of());

        List<Result> results = writer(crm).write(items(100));

        assertThat(results).allMatch(Result::ok).extracting(Result::item).containsExactlyElementsOf(items(100));
        assertThat(crm.calls).hasSize(1);
    }

    @Test
    void noItemsMakeNoCall() {
        RejectingCrm crm = new RejectingCrm(Set.of());

        assertThat(writer(crm).write(List.of())).isEmpty();
        assertThat(crm.calls).isEmpty();
    }

    @ParameterizedTest(name = "bad item at position {0} of 100")
    @ValueSource(ints = {0, 1, 37, 49, 50, 63, 98, 99})
    void oneBadItemIsIsolatedAndTheOthersAreWritten(int badPosition) {
        RejectingCrm crm = new RejectingCrm(Set.of(badPosition));

        List<Result> results = writer(crm).write(items(100));

        assertThat(results).extracting(Result::item).containsExactlyElementsOf(items(100));
        assertThat(results).filteredOn(r -> !r.ok()).containsExactly(
                Result.failed(badPosition, "invalid value in items [" + badPosition + "]"));
        assertThat(crm.calls).hasSizeLessThanOrEqualTo(15);
        assertThat(crm.timesWritten).hasSize(99).allSatisfy((item, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void twoBadItemsAreIsolatedEachWithItsOwnMessage() {
        RejectingCrm crm = new RejectingCrm(Set.of(12, 81));

        List<Result> results = writer(crm).write(items(100));

        assertThat(results).filteredOn(r -> !r.ok()).containsExactly(
                Result.failed(12, "invalid value in items [12]"), Result.failed(81, "invalid value in items [81]"));
        assertThat(results).filteredOn(Result::ok).hasSize(98);
        assertThat(crm.calls).hasSizeLessThanOrEqualTo(29);
    }

    @Test
    void whenEveryItemIsBadEachFailsAndTheCallsStayWithinTwiceTheItems() {
        RejectingCrm crm = new RejectingCrm(Set.copyOf(items(200)));

        List<Result> results = writer(crm).write(items(200));

        assertThat(results).hasSize(200).noneMatch(Result::ok);
        assertThat(results).extracting(Result::item).containsExactlyElementsOf(items(200));
        assertThat(results.get(7).message()).isEqualTo("invalid value in items [7]");
        assertThat(crm.calls).hasSize(2 * 200 - 1);
        assertThat(crm.timesWritten).isEmpty();
    }

    @Test
    void aSingleBadItemAloneIsOneCall() {
        RejectingCrm crm = new RejectingCrm(Set.of(0));

        assertThat(writer(crm).write(List.of(0))).containsExactly(Result.failed(0, "invalid value in items [0]"));
        assertThat(crm.calls).hasSize(1);
    }

    @Test
    void aRightHalfKnownToHoldTheBadItemIsNotWrittenWhole() {
        RejectingCrm crm = new RejectingCrm(Set.of(3));

        writer(crm).write(items(4));

        // [0..3] rejected, [0,1] taken, so [2,3] holds the bad item: only [2] is tried, and 3 fails unsent
        assertThat(crm.calls).containsExactly(List.of(0, 1, 2, 3), List.of(0, 1), List.of(2));
    }

    @Test
    void failuresOfTheCallItselfPassThrough() {
        TransientCrmException down = new TransientCrmException("contacts.batchUpdate: HTTP 503", null);
        IsolatingBatchWriter<Integer, Result> writer = new IsolatingBatchWriter<>(batch -> {
            throw down;
        }, Result::failed);

        assertThatThrownBy(() -> writer.write(items(3))).isSameAs(down);
    }

    @Test
    void anAcceptedBatchMustReturnOneResultPerItem() {
        IsolatingBatchWriter<Integer, Result> writer = new IsolatingBatchWriter<>(
                batch -> BatchOutcome.accepted(List.of(Result.written(batch.getFirst()))), Result::failed);

        assertThatThrownBy(() -> writer.write(items(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a batch of 3 items came back with 1 results; the adapter must return one result per item");
    }

    @Test
    void perItemFailuresInAnAcceptedBatchAreKeptAsTheAdapterReportedThem() {
        IsolatingBatchWriter<Integer, Result> writer = new IsolatingBatchWriter<>(batch -> BatchOutcome.accepted(
                batch.stream().map(i -> i == 1 ? Result.failed(i, "locked") : Result.written(i)).toList()), Result::failed);

        assertThat(writer.write(items(3))).containsExactly(Result.written(0), Result.failed(1, "locked"), Result.written(2));
    }

    @Property
    void goodItemsAreWrittenOnceAndBadItemsFailInInputOrderWithinTheCallBound(@ForAll("batches") Batch batch) {
        RejectingCrm crm = new RejectingCrm(batch.bad());

        List<Result> results = writer(crm).write(items(batch.size()));

        assertThat(results).extracting(Result::item).containsExactlyElementsOf(items(batch.size()));
        Set<Integer> failed = results.stream().filter(r -> !r.ok()).map(Result::item).collect(Collectors.toSet());
        assertThat(failed).isEqualTo(batch.bad());
        assertThat(results).filteredOn(r -> !r.ok())
                .allSatisfy(r -> assertThat(r.message()).contains(String.valueOf(r.item())));
        assertThat(crm.timesWritten.keySet()).noneMatch(batch.bad()::contains);
        assertThat(crm.timesWritten.values()).allMatch(times -> times == 1);
        assertThat(crm.timesWritten).hasSize(batch.size() - batch.bad().size());
        assertThat(crm.calls).hasSizeLessThanOrEqualTo(callBound(batch.size(), batch.bad().size()));
    }

    record Batch(int size, Set<Integer> bad) {
    }

    @Provide
    Arbitrary<Batch> batches() {
        return Arbitraries.integers().between(1, 250).flatMap(size -> {
            Arbitrary<Set<Integer>> few = Arbitraries.integers().between(0, size - 1).set().ofMaxSize(Math.min(size, 4));
            Arbitrary<Set<Integer>> many = Arbitraries.integers().between(0, size - 1).set().ofMaxSize(size);
            return Combinators.combine(Arbitraries.just(size), Arbitraries.oneOf(few, many)).as(Batch::new);
        });
    }
}
