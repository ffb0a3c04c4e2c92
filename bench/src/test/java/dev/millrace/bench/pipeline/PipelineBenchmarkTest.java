package dev.millrace.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The harness on a tiny input: every contender in a JVM of its own for one round (and, in the second test, all
 * in this JVM for two), a two-point scaling series and a two-cell sweep. It must finish, count every document
 * in every contender and write its tables and charts. Not a speed test.
 */
class PipelineBenchmarkTest {
  private static final int DOCUMENTS = 200;

  @TempDir Path out;
  @TempDir Path scratch;

  @Test
  void writesTablesAndChartsWithEveryDocumentCounted() throws Exception {
    int exit = new CommandLine(new PipelineBenchmark()).execute("--size", "" + DOCUMENTS,
        "--default-chain-size", "0", "--scaling", "100,200", "--rounds", "1", "--warm-up-passes", "2", "--warm-up-size", "20",
        "--batch-size", "50", "--sweep-size", "150", "--sweep-batch-sizes", "25", "--sweep-windows", "2", "--report", "tiny",
        "--output", out.toString(), "--corpora", fetchedCorpora().toString(), "--scratch", scratch.toString());

    assertThat(exit).isZero();
    String report = Files.readString(out.resolve("tiny.md"));
    List<String> contenders = List.of("raw loop", "millrace (H2, embedded)", "millrace (PostgreSQL)",
        "spring batch (H2, stored chunks)", "spring batch (H2, file writer)");
    for (String contender : contenders) {
      List<String> cells = row(report, "| " + contender + " |");
      assertThat(Double.parseDouble(cells.get(1).replace(",", ""))).as(contender + " docs/s").isPositive();
      assertThat(Double.parseDouble(cells.get(5))).as(contender + " per-round ratio").isPositive();
      assertThat(cells.get(6).split(", ")).as(contender + " passes").hasSize(1);
      assertThat(cells.get(7)).as(contender + " documents out").isEqualTo("200");
    }
    assertThat(report).contains("in a JVM of its own (-Xmx1g), after 2 untimed warm-up passes of up to 20 documents");
    assertThat(row(report, "| raw loop |").get(2)).isEqualTo("1.00");
    assertThat(row(report, "| raw loop |").get(4)).isEqualTo("1.00");
    assertThat(row(report, "| raw loop |").get(5)).isEqualTo("1.00");
    for (String size : List.of("100", "200")) {
      List<String> cells = row(report, "| " + size + " |");
      assertThat(Double.parseDouble(cells.get(1))).as("seconds for " + size).isPositive();
      assertThat(Long.parseLong(cells.get(3).replace(",", ""))).as("peak heap MiB for " + size).isPositive();
    }
    for (String batchAndWindow : List.of("| 25 | 4 |", "| 50 | 2 |")) {
      List<String> cells = row(report, batchAndWindow);
      assertThat(Double.parseDouble(cells.get(2).replace(",", ""))).as("sweep docs/s " + batchAndWindow).isPositive();
      assertThat(Long.parseLong(cells.get(4).replace(",", ""))).as("sweep heap MiB " + batchAndWindow).isPositive();
    }
    for (String chart : List.of("tiny-durability-tax-light.png", "tiny-scaling-time.png", "tiny-scaling-memory.png",
        "tiny-batch-window.png")) {
      assertThat(ImageIO.read(out.resolve(chart).toFile())).as(chart).isNotNull();
      assertThat(report).contains("(" + chart + ")");
    }
  }

  @Test
  void interleavesTheContendersInThisJvmWhenNotIsolated() throws Exception {
    int exit = new CommandLine(new PipelineBenchmark()).execute("--size", "100", "--no-isolated", "--no-postgres",
        "--default-chain-size", "0", "--scaling", "0", "--sweep-size", "0", "--rounds", "2", "--warm-up-size", "20",
        "--batch-size", "50", "--report", "shared", "--output", out.toString(), "--corpora", fetchedCorpora().toString(),
        "--scratch", scratch.toString());

    assertThat(exit).isZero();
    String report = Files.readString(out.resolve("shared.md"));
    assertThat(report).contains("all in one JVM, interleaved").doesNotContain("millrace (PostgreSQL)");
    for (String contender : List.of("raw loop", "millrace (H2, embedded)", "spring batch (H2, stored chunks)",
        "spring batch (H2, file writer)")) {
      List<String> cells = row(report, "| " + contender + " |");
      assertThat(cells.get(6).split(", ")).as(contender + " passes").hasSize(2);
      assertThat(cells.get(7)).as(contender + " documents out").isEqualTo("100");
    }
  }

  /** The cells of the one table row that starts with the prefix, trimmed, without the outer pipes. */
  private static List<String> row(String markdown, String prefix) {
    List<String> rows = markdown.lines().filter(l -> l.startsWith(prefix)).toList();
    assertThat(rows).as("rows starting with " + prefix).hasSize(1);
    String row = rows.get(0);
    return List.of(row.substring(1, row.length() - 1).split("\\|")).stream().map(String::trim).toList();
  }

  private static Path fetchedCorpora() throws Exception {
    Process fetch = new ProcessBuilder("bash", Path.of("..", "scripts", "fetch-corpora.sh").toString())
        .redirectErrorStream(true).start();
    String output = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fetch.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(fetch.exitValue()).as(output).isZero();
    String[] printed = output.strip().split("\n");
    return Path.of(printed[printed.length - 1]);
  }
}
