package dev.millrace.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reliability suite's report: each scenario writes its own row with the figures it measured, so the
 * published table can only contain numbers a test actually saw. {@code scripts/reliability.sh} joins the
 * rows under one header into {@code docs/reliability.md}.
 */
public final class ReliabilityReport {
  /** Where the rows go; one file per scenario so scenarios never overwrite each other. */
  public static final Path ROWS = Path.of(System.getProperty("millrace.reliability.rows", "target/reliability"));

  /** The table's header, in the order of {@link Row}'s fields. */
  public static final String HEADER = """
      | scenario | size | load | faults injected | runs completed | lost | duplicated | p50 | p95 | p99 |
      |---|---|---|---|---|---|---|---|---|---|""";

  private ReliabilityReport() {}

  /** One scenario's outcome; latencies are free text such as "12 ms" or "n/a". */
  public record Row(String scenario, String load, String faults, long runsCompleted, long runsTotal, long lost,
      long duplicated, String p50, String p95, String p99) {

    String toMarkdown() {
      return String.format(Locale.ROOT, "| %s | %s | %s | %s | %d / %d | %d | %d | %s | %s | %s |", scenario,
          ReliabilitySize.current().name().toLowerCase(Locale.ROOT), load, faults, runsCompleted, runsTotal, lost,
          duplicated, p50, p95, p99);
    }
  }

  /** Writes the row of one scenario, replacing that scenario's row from an earlier run. */
  public static void write(Row row) {
    try {
      Files.createDirectories(ROWS);
      String file = row.scenario().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".md";
      Files.writeString(ROWS.resolve(file), row.toMarkdown() + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reliability report row for " + row.scenario(), e);
    }
  }
}
