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
  public static final String DEFAULT_NAME = "pipeline";

  /** One durability-tax comparison: its settings and each contender's passes. */
  public record TaxResult(String label, BenchSettings settings, Map<String, List<Measurement>> passes) {}

  private final Path directory;
  private final String name;
  private final StringBuilder markdown = new StringBuilder();

  /**
   * @param name the report's file name without ".md", and the prefix of its charts' names
   * @param comparisonMethod a sentence on how the comparisons' passes were run
   */
  public PipelineReport(Path directory, String name, String comparisonMethod) {
    this.directory = directory;
    this.name = name;
    Runtime runtime = Runtime.getRuntime();
    markdown.append("# Pipeline benchmarks\n\n")
        .append("Written by `scripts/bench.sh` (`dev.millrace.bench.pipeline.PipelineBenchmark`) on ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(": ")
        .append(runtime.availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
        .append(", ").append(System.getProperty("os.name")).append(". ").append(comparisonMethod)
        .append(" Scaling and sweep runs each start a JVM of their own. The machine may be shared, so compare rows"
            + " of one table, not figures of different runs.\n\n");
  }

  /** @param chartSuffix the chart's file name after the report's name, e.g. "durability-tax-light.png" */
  public void durabilityTax(TaxResult result, String chartSuffix) throws IOException {
    String chart = chart(chartSuffix);
    BenchSettings s = result.settings();
    markdown.append("## Durability tax: ").append(result.label()).append("\n\n")
        .append(String.format(Locale.ROOT, "%,d documents, steps `%s`, batch (chunk) size %d, window (threads) %d.%n%n",
            s.documents(), s.stepsLabel(), s.batchSize(), s.window()));
    List<Measurement> baselinePasses = result.passes().values().iterator().next();
    Measurement baseline = DurabilityTax.best(baselinePasses);
    double baselineMedian = DurabilityTax.medianRate(baselinePasses);
    MarkdownTable table = new MarkdownTable("contender", "docs/s (best)", "ratio to raw loop", "docs/s (median)",
        "median ratio", "median per-round ratio", "every pass (docs/s, by round)", "documents out");
    List<String> names = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    result.passes().forEach((name, passes) -> {
      Measurement best = DurabilityTax.best(passes);
      double median = DurabilityTax.medianRate(passes);
      table.row(name, number(best.documentsPerSecond()),
          String.format(Locale.ROOT, "%.2f", best.documentsPerSecond() / baseline.documentsPerSecond()),
          number(median), String.format(Locale.ROOT, "%.2f", median / baselineMedian),
          String.format(Locale.ROOT, "%.2f", DurabilityTax.medianRoundRatio(passes, baselinePasses)),
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
            + " (-Xmx%s). Peak live heap: heap in use right after a full collection, forced every %d s and at the"
            + " end; those collections are inside the time, and the last column says what all collections cost.%n%n",
            settings.stepsLabel(), settings.batchSize(), settings.window(), maxHeap,
            ScalingProbe.SAMPLE_INTERVAL.toSeconds()));
    MarkdownTable table = new MarkdownTable("documents", "time (s)", "docs/s", "peak live heap (MiB)", "peak RSS (MiB)",
        "time in GC");
    List<Double> sizes = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (ScalingPoint p : points) {
      table.row(number(p.documents()), String.format(Locale.ROOT, "%.1f", p.seconds()), number(p.documentsPerSecond()),
          number(p.peakLiveHeapBytes() >> 20), p.peakResidentBytes() < 0 ? "n/a" : number(p.peakResidentBytes() >> 20),
          String.format(Locale.ROOT, "%.1f%%", 100 * p.collectionShare()));
      sizes.add((double) p.documents());
      seconds.add(p.seconds());
      heap.add((double) (p.peakLiveHeapBytes() >> 20));
      rss.add((double) (Math.max(0, p.peakResidentBytes()) >> 20));
    }
    markdown.append(table.render()).append('\n');
    String time = chart("scaling-time.png");
    String memory = chart("scaling-memory.png");
    ChartWriter.lines(directory.resolve(time), "Scaling: time", "documents", "seconds", sizes,
        List.of(new Series("elapsed", seconds)));
    ChartWriter.lines(directory.resolve(memory), "Scaling: peak memory", "documents", "MiB", sizes,
        List.of(new Series("peak live heap", heap), new Series("peak RSS", rss)));
    markdown.append("![scaling time](").append(time).append(")\n![scaling memory](").append(memory).append(")\n\n");
  }

  public void sweep(List<Sweep.Cell> cells, BenchSettings base, String maxHeap) throws IOException {
    markdown.append("## Batch size and window (Millrace, embedded defaults)\n\n")
        .append(String.format(Locale.ROOT, "%,d documents, steps `%s`; each run in its own JVM (-Xmx%s), fastest of"
            + " the rounds; peak live heap as in the scaling series.%n%n", base.documents(), base.stepsLabel(), maxHeap));
    MarkdownTable table = new MarkdownTable("batch size", "window", "docs/s (best)", "every run (docs/s)",
        "peak live heap (MiB)");
    List<String> labels = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (Sweep.Cell cell : cells) {
      ScalingPoint best = cell.fastest();
      table.row(number(cell.batchSize()), cell.window(), number(best.documentsPerSecond()),
          cell.runs().stream().map(p -> number(p.documentsPerSecond())).collect(Collectors.joining(", ")),
          number(best.peakLiveHeapBytes() >> 20));
      labels.add(cell.batchSize() + " x " + cell.window());
      rates.add(best.documentsPerSecond());
    }
    markdown.append(table.render()).append('\n');
    String chart = chart("batch-window.png");
    ChartWriter.bars(directory.resolve(chart), "Batch size x window", "documents/s", labels,
        List.of(new Series("docs/s", rates)));
    markdown.append("![batch size and window](").append(chart).append(")\n\n");
  }

  public Path write() throws IOException {
    Files.createDirectories(directory);
    return Files.writeString(directory.resolve(name + ".md"), markdown);
  }

  private String chart(String suffix) {
    return name + "-" + suffix;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
