package dev.millrace.cli;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as real processes in a working directory, as a user runs it: a dev server on a
 * free loopback port, long-running services, and CLI verbs that run to their end.
 */
public final class JarProcesses implements AutoCloseable {
  private static final Path JAR = Path.of(System.getProperty("millrace.jar", "target/millrace.jar"));
  /** Verbs that process documents and want the optimising compiler; the others start faster on C1 alone. */
  private static final Set<String> COMPUTING_VERBS = Set.of("run", "corpus", "worker", "dev-server");

  private final Path dir;
  private final Map<String, String> env = new HashMap<>();
  private final List<Process> services = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();

  public JarProcesses(Path dir) {
    this.dir = dir;
    env.put("MILLRACE_METRICS_PORT", "0");
    env.put("MILLRACE_HTTP_HOST", "127.0.0.1");
  }

  /** Starts a dev server on a free loopback port, points every later process at it and returns its address. */
  public String startDevServer() throws IOException {
    int port = freePort();
    String address = "127.0.0.1:" + port;
    Path log = dir.resolve("dev-server.log");
    launch(log, "dev-server", "--port", String.valueOf(port));
    await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("listening on " + address));
    env.put("TEMPORAL_ADDRESS", address);
    return address;
  }

  /** Sets an environment variable for every process started from now on. */
  public JarProcesses withEnv(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Adds JVM options (such as {@code -Xmx256m}) to every process started from now on. */
  public JarProcesses withJvmOptions(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /** Starts a long-running verb with its output in the given log; stopped by {@link #close()}. */
  public Process launch(Path log, String... args) throws IOException {
    Process process = command(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    services.add(process);
    return process;
  }

  public record Result(int exit, String out, String err) {}

  /** Runs a CLI verb to its end. */
  public Result cli(String... args) throws IOException, InterruptedException {
    return cli(Duration.ofSeconds(120), args);
  }

  /** Runs a CLI verb to its end, failing if it takes longer than the timeout. */
  public Result cli(Duration timeout, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "cli", ".out");
    Path err = Files.createTempFile(dir, "cli", ".err");
    Process process = command(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("millrace " + String.join(" ", args) + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
  }

  /** Stops the services in reverse order of start, the dev server last. */
  @Override
  public void close() throws InterruptedException {
    for (int i = services.size() - 1; i >= 0; i--) {
      Process process = services.get(i);
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** The JVM and its options for the verb, with the same split as the {@code millrace} launcher script. */
  private ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (args.length > 0 && !COMPUTING_VERBS.contains(args[0])) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    return builder;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
