package io.mqlsync.bench;

import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.Scorer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scorer throughput on a shipped model: leads per second on one thread, each lead with
 * {@code eventsPerLead} events, scored a page at a time as a sync does (a page of leads freshly read
 * from the CRM). Run from the repository root:
 * {@code java -jar connector-bench/target/benchmarks.jar ScorerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ScorerBenchmark {
    static final int PAGE = 100;

    @Param("config/models/enterprise.yaml")
    public String model;

    @Param("50")
    public int eventsPerLead;

    private final Instant now = Instant.parse("2026-11-20T12:00:00Z");
    private Scorer scorer;
    private List<BenchLeads.Scored> page;
    private long seed;

    @Setup(Level.Trial)
    public void loadModel() {
        scorer = new Scorer(new ModelLoader().load(Path.of(model)));
    }

    /** A new page per iteration, so no single page's branch pattern is learnt. */
    @Setup(Level.Iteration)
    public void readPage() {
        page = BenchLeads.page(seed++, PAGE, eventsPerLead, now);
    }

    @Benchmark
    @OperationsPerInvocation(PAGE)
    public void scorePage(Blackhole sink) {
        for (BenchLeads.Scored lead : page) {
            ScoreCard card = scorer.score(lead.lead(), lead.events(), now);
            sink.consume(card);
        }
    }
}
