package io.mqlsync.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mqlsync.app.daemon.InstanceStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The daemon's operations endpoint (the JDK's HTTP server, GET only):
 * <ul>
 *   <li>{@code /health}: liveness (an answer at all means the process is alive) and readiness per instance
 *       as JSON: {@code {"status":"UP","ready":true,"worker":"...","instances":[{"instance":"acme",
 *       "ready":true,"running":false,"lastOutcome":"SUCCEEDED","lastSuccess":"2026-...Z","lastError":null,
 *       "nextFire":"2026-...Z"}]}}. The status code is 200 while every instance is ready, else 503, so a
 *       readiness probe can use it; a liveness probe should only check that it answers.</li>
 *   <li>{@code /metrics}: every meter in the Prometheus text format.</li>
 * </ul>
 * It never shows a secret, an email address or a field value. Closing stops it.
 */
public final class OpsServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving.
     *
     * @param address where to listen; port 0 picks a free one ({@link #port()} tells which)
     * @param status  how the instances stand now
     * @param worker  this worker's id in the schedule
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static OpsServer start(InetSocketAddress address, Supplier<List<InstanceStatus>> status, String worker,
                                  PrometheusMeterRegistry metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "mqlsync-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/health", exchange -> {
            List<InstanceStatus> instances = status.get();
            boolean ready = instances.stream().allMatch(InstanceStatus::ready);
            respond(exchange, ready ? 200 : 503, "application/json", health(instances, ready, worker));
        });
        server.createContext("/metrics", exchange -> respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                metrics.scrape()));
        server.start();
        return new OpsServer(server, threads);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static String health(List<InstanceStatus> instances, boolean ready, String worker) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", "UP");
        root.put("ready", ready);
        root.put("worker", worker);
        ArrayNode list = root.putArray("instances");
        for (InstanceStatus s : instances) {
            ObjectNode node = list.addObject();
            node.put("instance", s.instance());
            node.put("ready", s.ready());
            node.put("running", s.running());
            node.put("lastOutcome", s.lastOutcome().map(Enum::name).orElse(null));
            node.put("lastSuccess", s.lastSuccess().map(Object::toString).orElse(null));
            if (s.lastError().isPresent()) {
                ObjectNode error = node.putObject("lastError");
                error.put("at", s.lastError().get().at().toString());
                error.put("message", s.lastError().get().message());
            } else {
                node.putNull("lastError");
            }
            node.put("nextFire", s.nextFire().map(Object::toString).orElse(null));
        }
        return root.toString();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod().toUpperCase(Locale.ROOT))
                    && !"HEAD".equals(exchange.getRequestMethod().toUpperCase(Locale.ROOT))) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(exchange.getRequestMethod().toUpperCase(Locale.ROOT));
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
