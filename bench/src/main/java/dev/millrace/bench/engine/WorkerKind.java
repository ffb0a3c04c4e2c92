package dev.millrace.bench.engine;

import dev.millrace.bench.engine.MillraceWorker.Omitted;
import java.util.List;

/** The compared worker set-ups. */
public enum WorkerKind {
  BARE_SDK("bare SDK worker"),
  MILLRACE("Millrace worker runtime"),
  /** Millrace with virtual workflow threads turned off: tells their effect apart on JDK 21+. */
  MILLRACE_PLATFORM_THREADS("Millrace, platform threads"),
  MILLRACE_WITHOUT_CODEC("Millrace, no payload codec"),
  MILLRACE_WITHOUT_SDK_METRICS("Millrace, no SDK metrics"),
  MILLRACE_WITHOUT_ACTIVITY_OBSERVER("Millrace, no activity interceptor");

  private final String label;

  WorkerKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  EngineWorker start(String address, String taskQueue) {
    return switch (this) {
      case BARE_SDK -> BareSdkWorker.start(address, taskQueue);
      case MILLRACE -> MillraceWorker.start(address, taskQueue, Omitted.NOTHING);
      case MILLRACE_PLATFORM_THREADS -> MillraceWorker.start(address, taskQueue, Omitted.VIRTUAL_THREADS);
      case MILLRACE_WITHOUT_CODEC -> MillraceWorker.start(address, taskQueue, Omitted.PAYLOAD_CODEC);
      case MILLRACE_WITHOUT_SDK_METRICS -> MillraceWorker.start(address, taskQueue, Omitted.SDK_METRICS);
      case MILLRACE_WITHOUT_ACTIVITY_OBSERVER -> MillraceWorker.start(address, taskQueue, Omitted.ACTIVITY_OBSERVER);
    };
  }

  /** The set-ups worth comparing on this JDK: before JDK 21 Millrace's default already is platform threads. */
  static List<WorkerKind> onThisJdk() {
    return Runtime.version().feature() >= 21
        ? List.of(BARE_SDK, MILLRACE, MILLRACE_PLATFORM_THREADS)
        : List.of(BARE_SDK, MILLRACE);
  }

  /** Millrace's worker without, in turn, each part that the bare worker does not have. */
  static List<WorkerKind> ablations() {
    return List.of(MILLRACE_WITHOUT_CODEC, MILLRACE_WITHOUT_SDK_METRICS, MILLRACE_WITHOUT_ACTIVITY_OBSERVER);
  }
}
