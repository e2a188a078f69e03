package io.mqlsync.app.cli;

import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticOwner;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the daemon tests share: instance configs against the sandbox, the run log, the endpoints. */
final class DaemonFixture {
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);

    private DaemonFixture() {
    }

    /**
     * An instance config against the sandbox on {@code cron}, its client held to {@code requestsPer10s} so
     * a first sync of a few hundred contacts takes some seconds.
     */
    static Path config(Path dir, HubSpotSandbox sandbox, String cron, int requestsPer10s, String stateUrl) {
        List<String> pool = new ArrayList<>();
        for (SyntheticOwner owner : sandbox.data().owners()) {
            if (owner.kind() == OwnerKind.PERSON && owner.active() && pool.size() < 2) {
                pool.add(owner.email());
            }
        }
        Path model = Path.of("..", "config", "models", "smb.yaml").toAbsolutePath().normalize();
        try {
            return Files.writeString(dir.resolve("e2e.yaml"), """
                    instance: e2e
                    crm: hubspot
                    hubspot:
                      baseUrl: %s
                      accessToken: ${HUBSPOT_TOKEN}
                      requestsPer10s: %d
                    schedule: { cron: "%s", zone: UTC }
                    model: %s
                    routing: { defaultPool: [%s] }
                    tasks: { sla: PT4H }
                    state: { url: "%s" }
                    """.formatted(sandbox.baseUrl(), requestsPer10s, cron, model, String.join(", ", pool), stateUrl));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cron expression firing at these instants' seconds of every minute (the instants span under a minute). */
    static String firingAt(List<Instant> fires) {
        return fires.stream().map(f -> f.atZone(ZoneOffset.UTC).getSecond()).distinct().sorted()
                .map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + " * * * * ?";
    }

    /** The instance's runs, the first started first. */
    static List<RunRecord> runs(String stateUrl) {
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(stateUrl), Clock.systemUTC())) {
            return runs(db.forInstance("e2e"));
        }
    }

    static List<RunRecord> runs(StateStore store) {
        return store.runs().recent(1000).stream().sorted(Comparator.comparing(RunRecord::startedAt)).toList();
    }

    static HttpResponse<String> get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of a metric's samples whose labels include every {@code label="value"} given. */
    static double metric(String scrape, String name, String... labels) {
        double sum = 0;
        boolean found = false;
        Matcher m = SAMPLE.matcher(scrape);
        while (m.find()) {
            if (!m.group(1).equals(name)) {
                continue;
            }
            boolean matches = true;
            for (String label : labels) {
                matches &= m.group(2).contains(label);
            }
            if (matches) {
                sum += Double.parseDouble(m.group(3));
                found = true;
            }
        }
        if (!found) {
            throw new AssertionError("no sample of " + name + " " + String.join(",", labels) + " in:\n" + scrape);
        }
        return sum;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
