package io.mqlsync.core.sync;

import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.RunCounts;
import java.util.ArrayList;
import java.util.List;

/** The counts and error lines of a run as it goes. Not thread-safe: the engine's thread only. */
final class RunTally {
    private long read;
    private long scored;
    private long changed;
    private long mqls;
    private long accepted;
    private long recycled;
    private long disqualified;
    private long tasks;
    private long deadLetters;
    private long deals;
    private final List<String> errors = new ArrayList<>();

    void read(int records) {
        read += records;
    }

    void scored() {
        scored++;
    }

    void changed() {
        changed++;
    }

    void taskCreated() {
        tasks++;
    }

    void dealsRead(int count) {
        deals += count;
    }

    /** Deals read this run (for the run's log line; the run log does not keep it). */
    long dealsRead() {
        return deals;
    }

    void deadLettered(String error) {
        deadLetters++;
        error(error);
    }

    void error(String line) {
        errors.add(line);
    }

    void transition(Transition transition) {
        switch (transition) {
            case QUALIFIED -> mqls++;
            case ACCEPTED -> accepted++;
            case RECYCLED, EXPIRED -> recycled++;
            case DISQUALIFIED -> disqualified++;
            case PROMOTED_SQL, REINSTATED -> {
                // recorded in the history; the run summary does not count them
            }
        }
    }

    long recordsRead() {
        return read;
    }

    long deadLetters() {
        return deadLetters;
    }

    RunCounts counts() {
        return new RunCounts(read, scored, changed, mqls, accepted, recycled, disqualified, tasks, deadLetters);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }
}
