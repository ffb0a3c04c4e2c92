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
import java.util.function.UnaryOperator;

/**
 * The packaged jar run as real processes in a working directory, as a user runs it: a dev server on a
 * free loopback port, long-running services, and CLI verbs that run to their end.
 */
public final class JarProcesses implements AutoCloseable {
  private static final Path JAR = Path.of(System.getProperty("millrace.jar", "target/millrace.jar"));
  /** Verbs that process documents and want the optimising compiler; the others start faster on C1 alone. */
  private static final Set<String> COMPUTING_VERBS = Set.of("run", "corpus", "worker", "dev-server");
  private static final ClassDataArchives ARCHIVES = new ClassDataArchives(JAR);

  private final Path dir;
  private final Map<String, String> env = new HashMap<>();
  private final List<Started> services = new ArrayList<>();
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
    Started started = start(builder -> builder.redirectErrorStream(true).redirectOutput(log.toFile()), args);
    services.add(started);
    return started.process();
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
    Started started = start(builder -> builder.redirectOutput(out.toFile()).redirectError(err.toFile()), args);
    Process process = started.process();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("millrace " + String.join(" ", args) + " did not finish");
    }
    started.archive().exited(process);
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
  }

  /** Stops the services in reverse order of start, the dev server last. */
  @Override
  public void close() throws InterruptedException {
    for (int i = services.size() - 1; i >= 0; i--) {
      Process process = services.get(i).process();
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      services.get(i).archive().exited(process);
    }
  }

  private record Started(Process process, ClassDataArchives.Launch archive) {}

  /**
   * Starts the verb's JVM with the same compiler split as the {@code millrace} launcher script, and with the
   * class-data archive of its kind (the client verbs share one).
   */
  private Started start(UnaryOperator<ProcessBuilder> redirect, String... args) throws IOException {
    boolean computing = args.length > 0 && COMPUTING_VERBS.contains(args[0]);
    ClassDataArchives.Launch archive = ARCHIVES.next(computing ? args[0] : "client");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (!computing) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.addAll(archive.options());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("TEMPORAL_ADDRESS");
    builder.environment().putAll(env);
    return new Started(redirect.apply(builder).start(), archive);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
