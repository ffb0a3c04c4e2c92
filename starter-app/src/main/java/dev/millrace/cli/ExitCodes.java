package dev.millrace.cli;

import dev.millrace.pipeline.RunState;

/** The CLI's exit codes; scripts depend on them, so they never change meaning. */
public final class ExitCodes {
  public static final int COMPLETED = 0;
  public static final int RUN_FAILED = 1;
  public static final int USAGE = 2;
  public static final int NOT_FOUND = 3;
  public static final int CONFLICT = 4;
  public static final int CANCELLED = 5;
  /** Temporal did not answer: sysexits' EX_UNAVAILABLE. */
  public static final int UNAVAILABLE = 69;
  public static final int CONFIGURATION = 78;

  private ExitCodes() {}

  public static int of(RunState state) {
    return switch (state) {
      case COMPLETED -> COMPLETED;
      case CANCELLED -> CANCELLED;
      default -> RUN_FAILED;
    };
  }
}
