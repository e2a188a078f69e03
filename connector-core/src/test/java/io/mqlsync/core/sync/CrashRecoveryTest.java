package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A crash at every step of a page, followed by a fresh engine on the same store and CRM, ends in the
 * CRM state of an uninterrupted run, with exactly one task per qualification and the same owners.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    /** What a {@code kill -9} leaves: the engine cleans nothing up after an {@link Error}. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash(PipelineStep step) {
            super("crash after " + step);
        }
    }

    @ParameterizedTest(name = "a crash after {0} ends as an uninterrupted run does")
    @EnumSource(PipelineStep.class)
    void aCrashAtAnyStepOfAPageEndsInTheStateOfAnUninterruptedRun(PipelineStep step) throws Exception {
        Map<String, FakeCrm.Snapshot> expectedState;
        List<String> expectedTasks;
        try (EngineFixture reference = leads(new EngineFixture(Files.createDirectory(dir.resolve("reference"))))) {
            reference.engine().sync();
            expectedState = reference.crm.state();
            expectedTasks = tasks(reference.crm);
        }

        try (EngineFixture fx = leads(new EngineFixture(Files.createDirectory(dir.resolve("crashed"))))) {
            assertThatThrownBy(() -> fx.engine((reached, page) -> {
                if (reached == step) {
                    throw new SimulatedCrash(step);
                }
            }).sync()).isInstanceOf(SimulatedCrash.class);
            // the dead run's lease runs out before anyone may run the instance again
            fx.storeClock.advance(SyncEngine.LEASE_TTL.plus(Duration.ofSeconds(1)));

            RunRecord recovered = fx.engine().sync();

            assertThat(recovered.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
            assertThat(fx.crm.state()).isEqualTo(expectedState);
            assertThat(tasks(fx.crm)).as("one task per qualification, for the same owner").isEqualTo(expectedTasks);
            assertThat(fx.store.tasks().pending()).isEmpty();
            assertThat(fx.store.runs().recent(2)).extracting(RunRecord::outcome)
                    .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.INTERRUPTED);

            int writes = fx.crm.writeCalls().size();
            fx.engine().sync();
            assertThat(fx.crm.writeCalls()).as("and a later run writes nothing").hasSize(writes);
        }
    }

    @ParameterizedTest(name = "a crash after {0} of the batch's changes were written ends as an uninterrupted run does")
    @ValueSource(ints = {0, 1, 2, 3})
    void aCrashInTheMiddleOfABatchWriteEndsInTheStateOfAnUninterruptedRun(int written) throws Exception {
        Map<String, FakeCrm.Snapshot> expectedState;
        List<String> expectedTasks;
        try (EngineFixture reference = leads(new EngineFixture(Files.createDirectory(dir.resolve("reference"))))) {
            reference.engine().sync();
            expectedState = reference.crm.state();
            expectedTasks = tasks(reference.crm);
        }

        try (EngineFixture fx = leads(new EngineFixture(Files.createDirectory(dir.resolve("crashed"))))) {
            fx.crm.crashDuringNextWrite(written, () -> new SimulatedCrash(PipelineStep.RESERVED));
            assertThatThrownBy(() -> fx.engine().sync()).isInstanceOf(SimulatedCrash.class);
            assertThat(fx.crm.tasks()).hasSizeLessThanOrEqualTo(written);
            fx.storeClock.advance(SyncEngine.LEASE_TTL.plus(Duration.ofSeconds(1)));

            assertThat(fx.engine().sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

            assertThat(fx.crm.state()).isEqualTo(expectedState);
            assertThat(tasks(fx.crm)).isEqualTo(expectedTasks);
            assertThat(fx.store.tasks().pending()).isEmpty();
        }
    }

    @ParameterizedTest(name = "a crash after {0} of the second page ends as an uninterrupted run does")
    @EnumSource(PipelineStep.class)
    void aCrashOnALaterPageEndsInTheStateOfAnUninterruptedRun(PipelineStep step) throws Exception {
        Map<String, FakeCrm.Snapshot> expectedState;
        List<String> expectedTasks;
        try (EngineFixture reference = twoPages(new EngineFixture(Files.createDirectory(dir.resolve("reference"))))) {
            reference.engine().sync();
            expectedState = reference.crm.state();
            expectedTasks = tasks(reference.crm);
        }

        try (EngineFixture fx = twoPages(new EngineFixture(Files.createDirectory(dir.resolve("crashed"))))) {
            assertThatThrownBy(() -> fx.engine((reached, page) -> {
                if (reached == step && page == 2) {
                    throw new SimulatedCrash(step);
                }
            }).sync()).isInstanceOf(SimulatedCrash.class);
            fx.storeClock.advance(SyncEngine.LEASE_TTL.plus(Duration.ofSeconds(1)));

            assertThat(fx.engine().sync().outcome()).isEqualTo(RunOutcome.SUCCEEDED);

            assertThat(fx.crm.state()).isEqualTo(expectedState);
            assertThat(tasks(fx.crm)).isEqualTo(expectedTasks);
            assertThat(fx.store.tasks().pending()).isEmpty();
        }
    }

    /** 150 leads, every tenth an MQL: the first page and the second both hold handoffs. */
    private static EngineFixture twoPages(EngineFixture fx) {
        for (int i = 100; i < 250; i++) {
            if (i % 10 == 0) {
                fx.mql(Integer.toString(i));
            } else {
                fx.cold(Integer.toString(i));
            }
        }
        return fx;
    }

    private static EngineFixture leads(EngineFixture fx) {
        return fx.mql("1").mql("2").cold("3").mql("4");
    }

    private static List<String> tasks(FakeCrm crm) {
        return crm.tasks().stream().map(t -> t.key() + "->" + t.owner().orElseThrow().value() + "@" + t.due()).sorted().toList();
    }
}
