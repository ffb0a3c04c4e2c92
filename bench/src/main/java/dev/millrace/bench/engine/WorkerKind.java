package dev.millrace.bench.engine;

import dev.millrace.bench.engine.MillraceWorker.Omitted;
import java.util.List;

/** The compared worker set-ups. */
public enum WorkerKind {
  BARE_SDK("bare SDK worker", null),
  MILLRACE("Millrace worker runtime", Omitted.NOTHING),
  /** Millrace with virtual workflow threads turned off: tells their effect apart on JDK 21+. */
  MILLRACE_PLATFORM_THREADS("Millrace, platform threads", Omitted.VIRTUAL_THREADS),
  MILLRACE_WITHOUT_CODEC("Millrace, no payload codec", Omitted.PAYLOAD_CODEC),
  MILLRACE_WITHOUT_SDK_METRICS("Millrace, no SDK metrics", Omitted.SDK_METRICS),
  MILLRACE_WITHOUT_ACTIVITY_OBSERVER("Millrace, no activity interceptor", Omitted.ACTIVITY_OBSERVER);

  private final String label;
  /** What Millrace's worker leaves out in this set-up; null for the bare worker. */
  private final Omitted omitted;

  WorkerKind(String label, Omitted omitted) {
    this.label = label;
    this.omitted = omitted;
  }

  public String label() {
    return label;
  }

  EngineWorker start(String address, String taskQueue) {
    return omitted == null
        ? BareSdkWorker.start(address, taskQueue)
        : MillraceWorker.start(address, taskQueue, omitted);
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
