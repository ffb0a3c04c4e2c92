package dev.millrace.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Millrace on embedded defaults at growing corpus sizes, each in a child JVM with the same heap limit, so
 * that time and peak memory can be compared between sizes.
 */
public final class Scaling {
  private final ProbeLauncher probe;

  /** @param maxHeap the child JVM's -Xmx, e.g. "1g" */
  public Scaling(String maxHeap) {
    this.probe = new ProbeLauncher(maxHeap);
  }

  public String maxHeap() {
    return probe.maxHeap();
  }

  public List<ScalingPoint> measure(BenchCorpus corpus, List<Integer> sizes, Path scratch, BenchSettings settings)
      throws Exception {
    List<ScalingPoint> points = new ArrayList<>();
    for (int size : sizes) {
      Path dir = Files.createTempDirectory(scratch, "scale-" + size + "-");
      try {
        Path input = corpus.write(size, dir.resolve("input.jsonl"));
        Path work = Files.createDirectories(dir.resolve("run"));
        ScalingPoint point = probe.run(input, work, settings.withDocuments(size));
        System.err.printf("bench: scaling %,d docs: %.1f s, peak live heap %,d MiB, peak RSS %,d MiB%n", size,
            point.seconds(), point.peakLiveHeapBytes() >> 20, point.peakResidentBytes() >> 20);
        points.add(point);
      } finally {
        Scratch.delete(dir);
      }
    }
    return points;
  }
}
