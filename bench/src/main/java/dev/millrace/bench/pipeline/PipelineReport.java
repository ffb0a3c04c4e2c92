package dev.millrace.bench.pipeline;

import dev.millrace.bench.report.ChartWriter;
import dev.millrace.bench.report.ChartWriter.Series;
import dev.millrace.bench.report.MarkdownTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the pipeline benchmark's results as Markdown tables and PNG charts into one directory. */
public final class PipelineReport {
  public static final String MARKDOWN = "pipeline.md";

  /** One durability-tax comparison: its settings and each contender's passes. */
  public record TaxResult(String label, BenchSettings settings, Map<String, List<Measurement>> passes) {}

  private final Path directory;
  private final StringBuilder markdown = new StringBuilder();

  public PipelineReport(Path directory, int rounds) {
    this.directory = directory;
    Runtime runtime = Runtime.getRuntime();
    markdown.append("# Pipeline benchmarks\n\n")
        .append("Written by `scripts/bench.sh` (`dev.millrace.bench.pipeline.PipelineBenchmark`) on ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(": ")
        .append(runtime.availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
        .append(", ").append(System.getProperty("os.name")).append(". Every figure is the best of ")
        .append(rounds).append(" interleaved passes after an untimed warm-up pass of each; the machine may be shared, so compare rows of one table, "
            + "not figures of different runs.\n\n");
  }

  public void durabilityTax(TaxResult result, String chart) throws IOException {
    BenchSettings s = result.settings();
    markdown.append("## Durability tax: ").append(result.label()).append("\n\n")
        .append(String.format(Locale.ROOT, "%,d documents, steps `%s`, batch (chunk) size %d, window (threads) %d.%n%n",
            s.documents(), s.stepsLabel(), s.batchSize(), s.window()));
    Measurement baseline = DurabilityTax.best(result.passes().values().iterator().next());
    MarkdownTable table = new MarkdownTable("contender", "docs/s (best)", "ratio to raw loop", "every pass (docs/s)",
        "documents out");
    List<String> names = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    result.passes().forEach((name, passes) -> {
      Measurement best = DurabilityTax.best(passes);
      table.row(name, number(best.documentsPerSecond()),
          String.format(Locale.ROOT, "%.2f", best.documentsPerSecond() / baseline.documentsPerSecond()),
          passes.stream().map(m -> number(m.documentsPerSecond())).collect(Collectors.joining(", ")),
          number(best.documentsOut()));
      names.add(name);
      rates.add(best.documentsPerSecond());
    });
    markdown.append(table.render()).append('\n');
    ChartWriter.bars(directory.resolve(chart), "Durability tax: " + result.label(), "documents/s", names,
        List.of(new Series("docs/s", rates)));
    markdown.append("![").append(result.label()).append("](").append(chart).append(")\n\n");
  }

  public void scaling(List<ScalingPoint> points, BenchSettings settings, String maxHeap) throws IOException {
    markdown.append("## Scaling (Millrace, embedded defaults)\n\n")
        .append(String.format(Locale.ROOT, "Steps `%s`, batch size %d, window %d; each size in its own JVM"
            + " (-Xmx%s). Peak live heap: heap in use right after a collection, polled every 100 ms.%n%n",
            settings.stepsLabel(), settings.batchSize(), settings.window(), maxHeap));
    MarkdownTable table = new MarkdownTable("documents", "time (s)", "docs/s", "peak live heap (MiB)", "peak RSS (MiB)");
    List<Double> sizes = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (ScalingPoint p : points) {
      table.row(number(p.documents()), String.format(Locale.ROOT, "%.1f", p.seconds()), number(p.documentsPerSecond()),
          number(p.peakLiveHeapBytes() >> 20), p.peakResidentBytes() < 0 ? "n/a" : number(p.peakResidentBytes() >> 20));
      sizes.add((double) p.documents());
      seconds.add(p.seconds());
      heap.add((double) (p.peakLiveHeapBytes() >> 20));
      rss.add((double) (Math.max(0, p.peakResidentBytes()) >> 20));
    }
    markdown.append(table.render()).append('\n');
    ChartWriter.lines(directory.resolve("scaling-time.png"), "Scaling: time", "documents", "seconds", sizes,
        List.of(new Series("elapsed", seconds)));
    ChartWriter.lines(directory.resolve("scaling-memory.png"), "Scaling: peak memory", "documents", "MiB", sizes,
        List.of(new Series("peak live heap", heap), new Series("peak RSS", rss)));
    markdown.append("![scaling time](scaling-time.png)\n![scaling memory](scaling-memory.png)\n\n");
  }

  public Path write() throws IOException {
    Files.createDirectories(directory);
    return Files.writeString(directory.resolve(MARKDOWN), markdown);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
