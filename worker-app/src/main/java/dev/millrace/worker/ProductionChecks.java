package dev.millrace.worker;

import dev.millrace.connection.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Production mode refuses, at start-up, everything that would lose runs: an embedded or in-memory
 * database, a data directory it cannot write, the embedded Temporal test server. A picocli mixin, so
 * every long-running command takes {@code --production}; {@code MILLRACE_PROFILE=production} turns it on too.
 */
public final class ProductionChecks {
  public static final String PROFILE_VARIABLE = "MILLRACE_PROFILE";

  @Option(names = "--production",
      description = "Refuse embedded or in-memory databases and the embedded Temporal server (also MILLRACE_PROFILE=production).")
  boolean production;

  public boolean isProduction(Map<String, String> env) {
    return production || "production".equalsIgnoreCase(env.getOrDefault(PROFILE_VARIABLE, ""));
  }

  /**
   * In production mode, fails with one message naming every problem found.
   *
   * @param embeddedTemporal whether the process would use (or start) the embedded test server
   * @throws ConfigurationException if production mode is on and anything is not durable
   */
  public void enforce(Map<String, String> env, String jdbcUrl, Path dataDir, boolean embeddedTemporal) {
    if (!isProduction(env)) {
      return;
    }
    List<String> problems = problems(jdbcUrl, dataDir, embeddedTemporal);
    if (!problems.isEmpty()) {
      throw new ConfigurationException("production mode refuses to start: " + String.join("; ", problems));
    }
  }

  static List<String> problems(String jdbcUrl, Path dataDir, boolean embeddedTemporal) {
    List<String> problems = new ArrayList<>();
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.contains(":mem:")) {
      problems.add("the database " + jdbcUrl + " is in memory; give --db jdbc:postgresql://...");
    } else if (url.startsWith("jdbc:h2:") || url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:derby:")) {
      problems.add("the database " + jdbcUrl + " is embedded; give --db jdbc:postgresql://...");
    }
    if (!isWritableDirectory(dataDir)) {
      problems.add("the data directory " + dataDir + " is not writable");
    }
    if (embeddedTemporal) {
      problems.add("Temporal would be the embedded test server; set TEMPORAL_ADDRESS to a Temporal cluster");
    }
    return problems;
  }

  private static boolean isWritableDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      return false;
    }
    return Files.isDirectory(dir) && Files.isWritable(dir);
  }
}
