package dev.millrace.bench.engine;

/** The compared worker set-ups. */
public enum WorkerKind {
  BARE_SDK("bare SDK worker"),
  MILLRACE("Millrace worker runtime");

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
      case MILLRACE -> MillraceWorker.start(address, taskQueue);
    };
  }
}
