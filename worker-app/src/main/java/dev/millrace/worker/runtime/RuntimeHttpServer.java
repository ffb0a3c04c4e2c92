package dev.millrace.worker.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.millrace.connection.ConfigurationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The worker's small HTTP server (the JDK's own): Prometheus text on {@value #METRICS_PATH}, JSON
 * liveness and readiness on {@value #LIVE_PATH} and {@value #READY_PATH} with 200 when up, 503 when not.
 */
public final class RuntimeHttpServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 8077;
  public static final String METRICS_PATH = "/metrics";
  public static final String LIVE_PATH = "/health/live";
  public static final String READY_PATH = "/health/ready";
  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;

  private RuntimeHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  public static RuntimeHttpServer start(String host, int port, WorkerMetrics metrics, HealthChecks health) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new ConfigurationException("MILLRACE_HTTP_HOST/MILLRACE_METRICS_PORT: cannot listen on " + host + ":" + port
          + " (" + e.getMessage() + "); choose a free port, or 0 for any", e);
    }
    server.createContext(METRICS_PATH, exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()));
    server.createContext(LIVE_PATH, exchange -> health(exchange, health::liveness));
    server.createContext(READY_PATH, exchange -> health(exchange, health::readiness));
    ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "millrace-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.start();
    return new RuntimeHttpServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void health(HttpExchange exchange, Supplier<Map<String, String>> checks) throws IOException {
    Map<String, String> results = checks.get();
    boolean up = HealthChecks.allUp(results);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    body.put("checks", results);
    respond(exchange, up ? 200 : 503, "application/json", JSON.writeValueAsString(body));
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
