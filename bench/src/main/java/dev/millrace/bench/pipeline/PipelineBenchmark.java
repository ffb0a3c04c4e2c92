package dev.millrace.bench.pipeline;

import dev.millrace.pipeline.PipelineDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline benchmark: durability tax (raw loop, Millrace on H2, Millrace on PostgreSQL, Spring Batch)
 * and scaling. A plain main rather than JMH: one measured unit is a whole pipeline run of seconds to
 * minutes with its own server, database and files. It borrows JMH's forks: by default each contender runs in a
 * JVM of its own, warmed up first.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure the pipeline against a raw loop and Spring Batch, and its scaling; write tables and charts.")
public final class PipelineBenchmark implements Callable<Integer> {
  /** The cheap text steps: enough cleaning to be real, light enough that durability costs show. */
  public static final String LIGHT_STEPS = "html,encoding,unicode,whitespace";

  @Option(names = "--size", defaultValue = "100000",
      description = "Documents for the light-chain comparison; 0 skips it (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--default-chain-size", defaultValue = "5000",
      description = "Documents for the comparison on the default (heavy) steps; 0 skips it (default: ${DEFAULT-VALUE}).")
  int defaultChainSize;

  @Option(names = "--scaling", split = ",", defaultValue = "10000,100000,1000000",
      description = "Corpus sizes of the scaling series; 0 skips it (default: ${DEFAULT-VALUE}).")
  List<Integer> scaling;

  @Option(names = "--warm-up-size", defaultValue = "25000",
      description = "Documents of each untimed warm-up pass (default: ${DEFAULT-VALUE}).")
  int warmUpSize;

  @Option(names = "--rounds", defaultValue = "3", description = "Passes per contender; the best counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--isolated", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Each contender in a JVM of its own, warmed up by --warm-up-passes, their passes taking turns;"
          + " --no-isolated runs them all in this JVM (default: on).")
  boolean isolated;

  @Option(names = "--warm-up-passes", defaultValue = "4",
      description = "Untimed passes over the warm-up corpus in each contender's own JVM (default: ${DEFAULT-VALUE}).")
  int warmUpPasses;

  @Option(names = "--batch-size", defaultValue = "" + PipelineDefaults.BATCH_SIZE,
      description = "Batch size and Spring Batch chunk size (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--window", defaultValue = "" + PipelineDefaults.WINDOW,
      description = "Millrace window; threads of the raw loop and Spring Batch (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--postgres", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Include Millrace on a throwaway PostgreSQL; --no-postgres leaves it out (default: on).")
  boolean postgres;

  @Option(names = "--sweep-size", defaultValue = "20000",
      description = "Documents of the batch size and window sweep; 0 skips it (default: ${DEFAULT-VALUE}).")
  int sweepSize;

  @Option(names = "--sweep-batch-sizes", split = ",", defaultValue = "100,250,500,1000,2000",
      description = "Batch sizes of the sweep, each with --window (default: ${DEFAULT-VALUE}).")
  List<Integer> sweepBatchSizes;

  @Option(names = "--sweep-windows", split = ",", defaultValue = "2,4,8",
      description = "Windows of the sweep, each with --batch-size (default: ${DEFAULT-VALUE}).")
  List<Integer> sweepWindows;

  @Option(names = {"--child-heap", "--scaling-heap"}, defaultValue = "1g",
      description = "-Xmx of every JVM the harness starts: isolated contenders, scaling and sweep runs (default: ${DEFAULT-VALUE}).")
  String childHeap;

  @Option(names = "--output", defaultValue = "docs/benchmarks", description = "Where the tables and charts go (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--report", defaultValue = PipelineReport.DEFAULT_NAME,
      description = "Name of the report (<name>.md) and prefix of its charts, e.g. one per JDK (default: ${DEFAULT-VALUE}).")
  String reportName;

  @Option(names = "--corpora", description = "Unpacked corpora from scripts/fetch-corpora.sh (default: $MILLRACE_CORPORA or ~/.cache/millrace/corpora).")
  Path corpora;

  @Option(names = "--scratch", description = "Directory for inputs, databases and artifacts (default: a temporary directory).")
  Path scratchRoot;

  @Override
  public Integer call() throws Exception {
    Path scratch = scratchRoot != null ? Files.createDirectories(scratchRoot) : Files.createTempDirectory("millrace-bench-");
    try {
      BenchCorpus corpus = BenchCorpus.load(corporaDirectory(), scratch);
      PipelineReport report = new PipelineReport(output, reportName, comparisonMethod());
      List<String> lightSteps = List.of(LIGHT_STEPS.split(","));
      if (size > 0) {
        compare(report, corpus, scratch, "light steps", settings(size, lightSteps), "durability-tax-light.png");
      }
      if (defaultChainSize > 0) {
        compare(report, corpus, scratch, "default steps", settings(defaultChainSize, PipelineDefaults.CLEANING_STEPS),
            "durability-tax-default.png");
      }
      List<Integer> sizes = scaling.stream().filter(n -> n > 0).toList();
      if (!sizes.isEmpty()) {
        Scaling series = new Scaling(childHeap);
        BenchSettings scalingSettings = settings(sizes.get(0), lightSteps);
        report.scaling(series.measure(corpus, sizes, scratch, scalingSettings), scalingSettings, series.maxHeap());
      }
      if (sweepSize > 0) {
        Sweep sweep = new Sweep(childHeap);
        BenchSettings base = settings(sweepSize, lightSteps);
        report.sweep(sweep.measure(corpus, base, sweepBatchSizes, sweepWindows, scratch, rounds), base, sweep.maxHeap());
      }
      System.err.println("bench: wrote " + report.write().toAbsolutePath());
      return 0;
    } finally {
      if (scratchRoot == null) {
        Scratch.delete(scratch);
      }
    }
  }

  private void compare(PipelineReport report, BenchCorpus corpus, Path scratch, String label, BenchSettings settings,
      String chart) throws Exception {
    Path input = corpus.write(settings.documents(), scratch.resolve("input-" + settings.documents() + ".jsonl"));
    Path warmUp = corpus.write(Math.max(1, Math.min(settings.documents(), warmUpSize)), scratch.resolve("warm-up.jsonl"));
    try {
      var passes = isolated
          ? new IsolatedDurabilityTax(Lineup.names(postgres), new ProbeLauncher(childHeap), warmUpPasses)
              .measure(input, warmUp, scratch, settings, rounds)
          : new DurabilityTax(Lineup.names(postgres).stream().map(Lineup::create).toList())
              .measure(input, warmUp, scratch, settings, rounds);
      report.durabilityTax(new PipelineReport.TaxResult(label, settings, passes), chart);
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(warmUp);
    }
  }

  private String comparisonMethod() {
    return isolated
        ? String.format(Locale.ROOT, "A comparison's figures are the best and the median of %d passes of each contender"
            + " in a JVM of its own (-Xmx%s), after %d untimed warm-up passes of up to %,d documents there; the passes"
            + " of the contenders' JVMs take turns in an order that rotates each round, each JVM idle (its JIT and GC"
            + " done) before the next starts. The per-round ratio divides a pass by the raw loop's of the same round.",
            rounds, childHeap,
            warmUpPasses, warmUpSize)
        : String.format(Locale.ROOT, "A comparison's figures are the best and the median of %d passes of each contender,"
            + " all in one JVM, interleaved in an order that rotates each round, after an untimed warm-up pass of up"
            + " to %,d documents of each.", rounds, warmUpSize);
  }

  private BenchSettings settings(int documents, List<String> steps) {
    return new BenchSettings(documents, steps, batchSize, window, PipelineDefaults.MAX_DOCUMENT_BYTES);
  }

  private Path corporaDirectory() {
    if (corpora != null) {
      return corpora;
    }
    String configured = System.getenv("MILLRACE_CORPORA");
    return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "millrace", "corpora");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
  }
}
