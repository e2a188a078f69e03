package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotSandboxConcurrencyTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(400).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    @Test
    void concurrentBatchUpdatesAndSearchesLoseNoWrite() throws Exception {
        HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (int worker = 0; worker < 4; worker++) {
                int first = worker * 100 + 1;
                work.add(pool.submit(() -> updateAndSearch(http, first)));
            }
            for (Future<Integer> done : work) {
                assertThat(done.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        for (long id = 1; id <= 400; id++) {
            assertThat(HUBSPOT.sandbox().contact(id).orElseThrow()).containsEntry("city", "Worker city " + id);
        }
        assertThat(HUBSPOT.sandbox().journal().endpoint("contacts.batchUpdate").requests()).isEqualTo(4);
    }

    private static int updateAndSearch(HubSpotHttp http, int first) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int id = first; id < first + 100; id++) {
            inputs.add(Map.of("id", String.valueOf(id), "properties", Map.of("city", "Worker city " + id)));
        }
        try {
            http.post("/crm/v3/objects/contacts/search", HubSpotHttp.search(List.of(), List.of(), 100, "0", "city"));
            return http.post("/crm/v3/objects/contacts/batch/update", Map.of("inputs", inputs)).status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a.getAddress().length == 4).findFirst();
        assumeTrue(external.isPresent(), "no non-loopback IPv4 address");
        try (Socket socket = new Socket()) {
            boolean connected;
            try {
                socket.connect(new InetSocketAddress(external.get(), HUBSPOT.sandbox().port()), 500);
                connected = true;
            } catch (IOException refused) {
                connected = false;
            }
            assertThat(connected).as("reachable from %s", external.get()).isFalse();
        }
    }
}
