package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.JarProcesses;
import dev.millrace.client.MillraceClient;
import dev.millrace.client.OperationsClient;
import dev.millrace.store.Database;
import dev.millrace.store.RunRegistry;
import dev.millrace.store.testing.PostgresServer;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reliability scenarios run against, all as real processes: a PostgreSQL server of their own, the
 * packaged jar's dev server, workers that can be killed and restarted, and the CLI, all on one database.
 * Work is started through the Java client API from the test's JVM, so that a busy machine's slow JVM
 * start-ups do not decide whether faults land while the work runs; the CLI checks the outcome.
 */
final class ReliabilityCluster implements AutoCloseable {
  private static final Pattern METRICS_PORT = Pattern.compile("Metrics and health on port (\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final PostgresServer postgres;
  private final String databaseUrl;
  private final JarProcesses processes;
  private final List<Process> workers = new ArrayList<>();
  private WorkflowServiceStubs service;
  private Database clientDatabase;
  private final List<Path> workerLogs = new ArrayList<>();
  private int launches;

  private ReliabilityCluster(Path dir, PostgresServer postgres, String databaseUrl, JarProcesses processes) {
    this.dir = dir;
    this.postgres = postgres;
    this.databaseUrl = databaseUrl;
    this.processes = processes;
  }

  /**
   * A fresh directory for one scenario under target/reliability-runs, kept after the test so that the
   * processes' logs can be read when an invariant fails; {@code mvn clean} removes it.
   */
  static Path workDirectory(String scenario) {
    try {
      Path root = Files.createDirectories(Path.of("target", "reliability-runs"));
      return Files.createTempDirectory(root, scenario + "-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the work directory of " + scenario, e);
    }
  }

  /** Starts PostgreSQL, the dev server and {@code workers} workers side by side, and waits until each polls. */
  static ReliabilityCluster start(Path dir, int workers) throws IOException {
    PostgresServer postgres = PostgresServer.dedicated();
    String url = postgres.newDatabaseUrl();
    JarProcesses processes = new JarProcesses(dir)
        .withEnv("MILLRACE_DB_URL", url)
        .withEnv("MILLRACE_DB_USER", postgres.user())
        .withEnv("MILLRACE_LOG_FORMAT", "text");
    ReliabilityCluster cluster = new ReliabilityCluster(dir, postgres, url, processes);
    String address = processes.startDevServer();
    cluster.service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    cluster.clientDatabase = Database.open(url, postgres.user(), "");
    for (int i = 0; i < workers; i++) {
      cluster.workers.add(null);
      cluster.workerLogs.add(null);
      cluster.launchWorker(i);
    }
    for (Path log : cluster.workerLogs) {
      await().atMost(Duration.ofMinutes(2)).until(() -> metricsPort(log) > 0);
    }
    return cluster;
  }

  int workerCount() {
    return workers.size();
  }

  /** SIGKILL: the worker gets no chance to finish or hand back anything it holds. */
  void kill(int worker) throws InterruptedException {
    Process process = workers.get(worker);
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("worker %d died", worker).isTrue();
  }

  /** Starts a fresh process in the killed worker's place, without waiting for it: it may die while booting. */
  void restart(int worker) throws IOException {
    launchWorker(worker);
  }

  /**
   * Restarts any worker that has exited on its own, as a supervisor (systemd, Kubernetes) would: on a busy
   * machine a worker can exit at start-up when Temporal does not answer in time. Returns how many it restarted.
   */
  int superviseWorkers() throws IOException {
    int restarted = 0;
    for (int i = 0; i < workers.size(); i++) {
      if (!workers.get(i).isAlive()) {
        launchWorker(i);
        restarted++;
      }
    }
    return restarted;
  }

  private void launchWorker(int worker) throws IOException {
    Path log = dir.resolve("worker-" + worker + "-" + launches++ + ".log");
    workers.set(worker, processes.launch(log, "worker"));
    workerLogs.set(worker, log);
  }

  /** A client of the dev server in the test's own JVM, for starting work faster than a CLI process can. */
  WorkflowClient workflowClient() {
    return WorkflowClient.newInstance(service);
  }

  /** The Java client API (`MillraceClient`), on the cluster's Temporal service and database. */
  MillraceClient millrace() {
    return new MillraceClient(workflowClient(), new RunRegistry(clientDatabase.dataSource()));
  }

  OperationsClient operations() {
    return new OperationsClient(workflowClient());
  }

  PostgresServer postgres() {
    return postgres;
  }

  JarProcesses.Result cli(String... args) throws IOException, InterruptedException {
    return cliRetrying(args, args);
  }

  /**
   * Runs a CLI verb; when it fails only because the Temporal service did not answer in time (the machine is
   * overloaded), runs {@code retry} instead, up to three times. A start retries as {@code start --resume}.
   */
  JarProcesses.Result cliRetrying(String[] args, String[] retry) throws IOException, InterruptedException {
    JarProcesses.Result result = processes.cli(args);
    for (int attempt = 0; attempt < 3 && isTransient(result); attempt++) {
      result = processes.cli(retry);
    }
    return result;
  }

  private static boolean isTransient(JarProcesses.Result result) {
    return result.exit() != 0 && (result.err().contains("DEADLINE_EXCEEDED") || result.err().contains("UNAVAILABLE"));
  }

  /** Runs a CLI verb that must succeed and prints JSON. */
  JsonNode cliJson(String... args) throws IOException, InterruptedException {
    JarProcesses.Result result = cli(args);
    assertThat(result.exit()).as("millrace %s: %s", String.join(" ", args), result.err()).isZero();
    return JSON.readTree(result.out());
  }

  /** The worker's Prometheus text; empty while it is down. */
  String scrape(int worker) {
    try {
      int port = metricsPort(workerLogs.get(worker));
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** One sample of a scrape, e.g. {@code millrace_db_circuit_state}; NaN when absent. */
  static double sample(String scrape, String series) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    return Double.NaN;
  }

  private static int metricsPort(Path log) throws IOException {
    if (!Files.exists(log)) {
      return -1;
    }
    Matcher matcher = METRICS_PORT.matcher(Files.readString(log));
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  /** A single number from the cluster's database, e.g. a count. */
  long queryLong(String sql, Object... parameters) throws SQLException {
    try (Connection c = DriverManager.getConnection(databaseUrl, postgres.user(), "");
         var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  /** Run and batch to the checkpoint's commit time: a batch written again would get a new time. */
  Map<String, String> checkpoints() throws SQLException {
    Map<String, String> checkpoints = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(databaseUrl, postgres.user(), "");
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT run_id, batch_index, completed_at FROM batch_checkpoint")) {
      while (r.next()) {
        checkpoints.put(r.getString(1) + "/" + r.getInt(2), r.getTimestamp(3).toInstant().toString());
      }
    }
    return checkpoints;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Override
  public void close() throws InterruptedException {
    try {
      service.shutdown();
      clientDatabase.close();
      processes.close();
    } finally {
      postgres.close();
    }
  }
}
