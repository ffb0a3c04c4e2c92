package dev.millrace.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child JVM of a scaling measurement: runs Millrace (embedded defaults) once on the given input and
 * prints one {@code RESULT} line with documents, elapsed time, peak live heap (sampled by
 * {@link LiveHeapSampler}), peak resident set size (VmHWM from /proc, -1 where there is none) and the
 * milliseconds spent in collections. A JVM of its own per size, so that one size's heap and JIT state
 * cannot colour the next.
 */
public final class ScalingProbe {
  static final Duration SAMPLE_INTERVAL = Duration.ofSeconds(2);

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path workDir = Path.of(args[1]);
    BenchSettings settings = BenchSettings.fromArguments(List.of(args).subList(2, args.length));
    Measurement m;
    long peakLive;
    long collectionMillis;
    try (LiveHeapSampler heap = new LiveHeapSampler(SAMPLE_INTERVAL)) {
      m = new MillracePipeline("millrace", DatabaseTarget.embedded()).run(input, workDir, settings);
      collectionMillis = heap.collectionMillisSinceStart();
      heap.sample();
      peakLive = heap.peakLiveBytes();
    }
    System.out.println(String.join(" ", m.resultLine(), String.valueOf(peakLive), String.valueOf(peakResidentBytes()),
        String.valueOf(collectionMillis)));
    System.exit(0);
  }

  private static long peakResidentBytes() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }

  private ScalingProbe() {}
}
