package dev.millrace.bench.pipeline;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the live heap by forcing a full collection at a fixed interval and reading the heap right after
 * it. The usage a collector reports after its own young collections still holds the garbage promoted since
 * the last old-generation cycle, so it rises with a run's length whatever the run keeps alive; only a full
 * collection leaves the live set. The forced pauses are counted, so a report can say what they cost.
 */
final class LiveHeapSampler implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "live-heap-sampler");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong peakLiveBytes = new AtomicLong();
  private final long collectionMillisBefore = collectionMillis();

  LiveHeapSampler(Duration interval) {
    timer.scheduleWithFixedDelay(this::sample, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Takes one more sample now, so that a short run has at least its end state. */
  synchronized void sample() {
    System.gc();
    peakLiveBytes.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
  }

  long peakLiveBytes() {
    return peakLiveBytes.get();
  }

  /** Milliseconds every collector spent since this sampler started, its own full collections included. */
  long collectionMillisSinceStart() {
    return collectionMillis() - collectionMillisBefore;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static long collectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
  }
}
