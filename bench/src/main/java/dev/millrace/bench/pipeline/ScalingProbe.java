package dev.millrace.bench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of a scaling measurement: runs Millrace (embedded defaults) once on the given input and
 * prints one {@code RESULT} line with documents, elapsed time, peak live heap (heap in use right after a
 * collection, polled) and peak resident set size (VmHWM from /proc, -1 where there is none). A JVM of its
 * own per size, so that one size's heap and JIT state cannot colour the next.
 */
public final class ScalingProbe {
  static final String RESULT = "RESULT";

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args[0]);
    Path workDir = Path.of(args[1]);
    BenchSettings settings = new BenchSettings(Integer.parseInt(args[2]), List.of(args[3].split(",")),
        Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[6]));
    AtomicLong peakLiveHeap = new AtomicLong();
    ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    poller.scheduleAtFixedRate(() -> peakLiveHeap.accumulateAndGet(liveHeap(), Math::max), 0, 100, TimeUnit.MILLISECONDS);
    Measurement m = new MillracePipeline("millrace", DatabaseTarget.embedded())
        .run(input, workDir, settings);
    poller.shutdownNow();
    peakLiveHeap.accumulateAndGet(liveHeap(), Math::max);
    System.out.println(String.join(" ", RESULT, String.valueOf(m.documentsIn()), String.valueOf(m.documentsOut()),
        String.valueOf(m.elapsedNanos()), String.valueOf(peakLiveHeap.get()), String.valueOf(peakResidentBytes())));
    System.exit(0);
  }

  /** Heap in use after the latest collection of each heap pool: the live set, without garbage. */
  private static long liveHeap() {
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        live += pool.getCollectionUsage().getUsed();
      }
    }
    return live;
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
