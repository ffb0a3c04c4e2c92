package dev.millrace.store.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, started from the machine's server binaries on a free loopback
 * port, once per test JVM, and stopped when the JVM exits. Failing to start is an error, never a skip, so
 * that CI cannot pass without having run the PostgreSQL tests.
 */
public final class PostgresServer implements AutoCloseable {
  private static final String USER = "millrace";
  private static PostgresServer instance;

  private final Path binaries;
  private final Path dataDir;
  private final int port;

  private PostgresServer(Path binaries, Path dataDir, int port) {
    this.binaries = binaries;
    this.dataDir = dataDir;
    this.port = port;
  }

  /**
   * A server of the caller's own, for a test that stops and restarts it (a database outage) without
   * disturbing other tests; stopped by {@link #close()}, or when the JVM exits.
   */
  public static PostgresServer dedicated() {
    PostgresServer server = start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-test-server-stop"));
    return server;
  }

  /** Kills the server as a crash would (immediate shutdown); its data stays for {@link #restart()}. */
  public void halt() {
    try {
      run(asServerUser(binaries.resolve("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "stop"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the PostgreSQL test server in " + dataDir, e);
    }
  }

  /** Starts the halted server again on the same port and data. */
  public void restart() {
    try {
      launch(binaries, dataDir, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restart the PostgreSQL test server in " + dataDir, e);
    }
  }

  /** The server of this JVM, started on first use. */
  public static synchronized PostgresServer shared() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "postgres-test-server-stop"));
    }
    return instance;
  }

  /** A JDBC URL of a new, empty database on the shared server, so that every test starts clean. */
  public String newDatabaseUrl() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
         Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name + " on port " + port, e);
    }
    return url(name);
  }

  public String user() {
    return USER;
  }

  private String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private static PostgresServer start() {
    Path binaries = findBinaries();
    try {
      Path root = Files.createTempDirectory("millrace-pg-");
      Path dataDir = root.resolve("data");
      Path socketDir = root.resolve("socket");
      Files.createDirectories(dataDir);
      Files.createDirectories(socketDir);
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
      if (isRoot()) {
        run(List.of("chown", "-R", "postgres:postgres", root.toString()));
      }
      run(asServerUser(binaries.resolve("initdb"), "-D", dataDir.toString(), "-U", USER, "--auth=trust",
          "--no-sync", "-E", "UTF8"));
      int port = freePort();
      launch(binaries, dataDir, port);
      return new PostgresServer(binaries, dataDir, port);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a PostgreSQL test server", e);
    }
  }

  private static void launch(Path binaries, Path dataDir, int port) throws IOException {
    Path root = dataDir.getParent();
    run(asServerUser(binaries.resolve("pg_ctl"), "-D", dataDir.toString(), "-w", "-l",
        root.resolve("server.log").toString(), "-o",
        "-p " + port + " -k " + root.resolve("socket") + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void stop() {
    if (!Files.exists(dataDir)) {
      return;
    }
    try {
      if (Files.exists(dataDir.resolve("postmaster.pid"))) {
        run(asServerUser(binaries.resolve("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "stop"));
      }
      deleteRecursively(dataDir.getParent());
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not stop the PostgreSQL test server in " + dataDir + ": " + e.getMessage());
    }
  }

  /** PostgreSQL's server binaries: MILLRACE_PG_BIN, else the newest under /usr/lib/postgresql. */
  private static Path findBinaries() {
    String configured = System.getenv("MILLRACE_PG_BIN");
    if (configured != null) {
      return Path.of(configured);
    }
    Path versions = Path.of("/usr/lib/postgresql");
    try (Stream<Path> dirs = Files.list(versions)) {
      return dirs.map(dir -> dir.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
          .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
          .orElseThrow(() -> new IllegalStateException("No PostgreSQL server binaries under " + versions
              + "; install postgresql or set MILLRACE_PG_BIN"));
    } catch (IOException e) {
      throw new IllegalStateException("No PostgreSQL server binaries under " + versions
          + "; install postgresql or set MILLRACE_PG_BIN", e);
    }
  }

  /** PostgreSQL refuses to run as root, so as root the server runs as the postgres user. */
  private static List<String> asServerUser(Path program, String... args) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(program.toString());
    command.addAll(List.of(args));
    return command;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void run(List<String> command) throws IOException {
    Path log = Files.createTempFile("millrace-pg-cmd-", ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("Command " + command + " failed:\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command, e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
