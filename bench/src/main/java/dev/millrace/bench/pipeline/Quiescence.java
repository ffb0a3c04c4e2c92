package dev.millrace.bench.pipeline;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits after a pass until this JVM has stopped using the CPU. A pass ends with compilations still queued
 * and a concurrent GC cycle under way; without this wait that work would run during the next contender's
 * pass and be charged to it.
 */
final class Quiescence {
  private static final Duration WINDOW = Duration.ofMillis(500);
  private static final double IDLE_SHARE_OF_ONE_CORE = 0.05;

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** What waiting cost: how long it took and the CPU this JVM used meanwhile. */
  record Settled(Duration waited, Duration cpu) {}

  Settled await(Duration atMost) throws InterruptedException {
    long started = System.nanoTime();
    long cpuAtStart = os.getProcessCpuTime();
    long cpuBefore = cpuAtStart;
    while (System.nanoTime() - started < atMost.toNanos()) {
      TimeUnit.NANOSECONDS.sleep(WINDOW.toNanos());
      long cpuNow = os.getProcessCpuTime();
      boolean idle = cpuNow - cpuBefore < IDLE_SHARE_OF_ONE_CORE * WINDOW.toNanos();
      cpuBefore = cpuNow;
      if (idle) {
        break;
      }
    }
    return new Settled(Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(cpuBefore - cpuAtStart));
  }
}
