package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LeaseHolderTest {

    @Test
    void aHolderOfThisRunningProcessIsAlive() {
        LeaseHolder holder = LeaseHolder.newRun();

        assertThat(holder.isDeadProcessOnThisHost()).isFalse();
        assertThat(holder.pid()).contains(ProcessHandle.current().pid());
    }

    @Test
    @Timeout(30)
    void aHolderWhoseProcessEndedOnThisHostIsDead() throws Exception {
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ended.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String ours = LeaseHolder.newRun().value();
        String theirs = ours.substring(0, ours.lastIndexOf('/') + 1) + ended.pid();

        assertThat(new LeaseHolder(theirs).isDeadProcessOnThisHost()).isTrue();
    }

    @Test
    void aHolderOnAnotherHostOrInAnotherFormatCannotBeJudgedAndCountsAsAlive() {
        assertThat(new LeaseHolder("run-0f0e@some-other-host.example/1").isDeadProcessOnThisHost()).isFalse();
        assertThat(new LeaseHolder("worker-1:4711").isDeadProcessOnThisHost()).isFalse();
        assertThat(new LeaseHolder("worker-1:4711").pid()).isEmpty();
    }
}
