package io.mqlsync.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap left after each collection, read from a unified GC log ({@code -Xlog:gc:file=...:uptime}):
 * lines like {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(256M) 3.2ms}.
 * Live data after a collection is what grows when memory is not flat in record count.
 */
record GcLog(List<Sample> samples) {
    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+[.,]\\d+)s].*GC\\(\\d+\\) Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    GcLog {
        samples = List.copyOf(samples);
    }

    /** One collection: when (seconds since JVM start) and the heap after it. */
    record Sample(double seconds, long afterMb, long committedMb) {
    }

    static GcLog read(Path file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                samples.add(new Sample(Double.parseDouble(m.group(1).replace(',', '.')), Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4))));
            }
        }
        return new GcLog(samples);
    }

    /** The largest heap after a collection among the samples in [from, to) of the run's share (0..1). */
    long maxAfterMb(double from, double to) {
        if (samples.isEmpty()) {
            return 0;
        }
        double end = samples.get(samples.size() - 1).seconds();
        return samples.stream().filter(s -> s.seconds() >= from * end && s.seconds() < to * end + 1e-9)
                .mapToLong(Sample::afterMb).max().orElse(0);
    }

    long maxCommittedMb() {
        return samples.stream().mapToLong(Sample::committedMb).max().orElse(0);
    }
}
