package dev.millrace.bench.engine;

import java.util.List;

/** The compared worker set-ups. */
public enum WorkerKind {
  BARE_SDK("bare SDK worker"),
  MILLRACE("Millrace worker runtime"),
  /** Millrace with virtual workflow threads turned off: tells their effect apart on JDK 21+. */
  MILLRACE_PLATFORM_THREADS("Millrace, platform threads");

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
      case MILLRACE -> MillraceWorker.start(address, taskQueue, true);
      case MILLRACE_PLATFORM_THREADS -> MillraceWorker.start(address, taskQueue, false);
    };
  }

  /** The set-ups worth comparing on this JDK: before JDK 21 Millrace's default already is platform threads. */
  static List<WorkerKind> onThisJdk() {
    return Runtime.version().feature() >= 21 ? List.of(values()) : List.of(BARE_SDK, MILLRACE);
  }
}
