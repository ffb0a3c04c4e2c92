package dev.millrace.bench.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Millrace on embedded defaults at growing corpus sizes, each in a child JVM ({@link ScalingProbe}) with
 * the same heap limit, so that time and peak memory can be compared between sizes.
 */
public final class Scaling {
  private final String maxHeap;

  /** @param maxHeap the child JVM's -Xmx, e.g. "1g" */
  public Scaling(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  public String maxHeap() {
    return maxHeap;
  }

  public List<ScalingPoint> measure(BenchCorpus corpus, List<Integer> sizes, Path scratch, BenchSettings settings)
      throws Exception {
    List<ScalingPoint> points = new ArrayList<>();
    for (int size : sizes) {
      Path dir = Files.createTempDirectory(scratch, "scale-" + size + "-");
      try {
        Path input = corpus.write(size, dir.resolve("input.jsonl"));
        Path work = Files.createDirectories(dir.resolve("run"));
        ScalingPoint point = probe(input, work, size, settings);
        System.err.printf("bench: scaling %,d docs: %.1f s, peak live heap %,d MiB, peak RSS %,d MiB%n", size,
            point.seconds(), point.peakLiveHeapBytes() >> 20, point.peakResidentBytes() >> 20);
        points.add(point);
      } finally {
        Scratch.delete(dir);
      }
    }
    return points;
  }

  private ScalingPoint probe(Path input, Path work, int size, BenchSettings settings) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
        ScalingProbe.class.getName(), input.toString(), work.toString(), String.valueOf(size),
        settings.stepsLabel(), String.valueOf(settings.batchSize()), String.valueOf(settings.window()),
        String.valueOf(settings.maxDocumentBytes()));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ScalingProbe.RESULT)) {
          result = line;
        }
      }
    }
    int exit = child.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException("scaling probe for " + size + " documents exited " + exit + " without a result");
    }
    return ScalingPoint.parse(result);
  }
}
