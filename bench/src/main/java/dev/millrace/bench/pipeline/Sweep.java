package dev.millrace.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Millrace on embedded defaults over one corpus with each batch size and window of a grid, each run in a
 * child JVM of its own, in interleaved rounds: the measurements behind the defaults in
 * {@code PipelineDefaults}. Time and peak live heap both count, since a larger batch or window holds more
 * documents in memory at once.
 */
public final class Sweep {
  /** One grid point and its runs, one per round. */
  public record Cell(int batchSize, int window, List<ScalingPoint> runs) {
    public ScalingPoint fastest() {
      return runs.stream().min((a, b) -> Long.compare(a.elapsedNanos(), b.elapsedNanos()))
          .orElseThrow(() -> new IllegalStateException("no runs"));
    }
  }

  private final ProbeLauncher probe;

  public Sweep(String maxHeap) {
    this.probe = new ProbeLauncher(maxHeap);
  }

  public String maxHeap() {
    return probe.maxHeap();
  }

  /** Every batch size with the base window, then every window with the base batch size. */
  public List<Cell> measure(BenchCorpus corpus, BenchSettings base, List<Integer> batchSizes, List<Integer> windows,
      Path scratch, int rounds) throws Exception {
    List<Cell> cells = new ArrayList<>();
    batchSizes.forEach(b -> addCell(cells, b, base.window()));
    windows.forEach(w -> addCell(cells, base.batchSize(), w));
    Path dir = Files.createTempDirectory(scratch, "sweep-");
    try {
      Path input = corpus.write(base.documents(), dir.resolve("input.jsonl"));
      for (int round = 1; round <= rounds; round++) {
        for (Cell cell : cells) {
          Path work = Files.createDirectories(dir.resolve("run-" + round + "-" + cell.batchSize() + "-" + cell.window()));
          try {
            ScalingPoint point = probe.run(input, work, base.withChunking(cell.batchSize(), cell.window()));
            System.err.printf("bench: sweep round %d batch %,d window %d: %.1f s, %,.0f docs/s, peak live heap %,d MiB%n",
                round, cell.batchSize(), cell.window(), point.seconds(), point.documentsPerSecond(),
                point.peakLiveHeapBytes() >> 20);
            cell.runs().add(point);
          } finally {
            Scratch.delete(work);
          }
        }
      }
    } finally {
      Scratch.delete(dir);
    }
    return cells;
  }

  private static void addCell(List<Cell> cells, int batchSize, int window) {
    boolean known = cells.stream().anyMatch(c -> c.batchSize() == batchSize && c.window() == window);
    if (!known) {
      cells.add(new Cell(batchSize, window, new ArrayList<>()));
    }
  }
}
