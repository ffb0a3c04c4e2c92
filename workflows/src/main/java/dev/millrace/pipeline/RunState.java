package dev.millrace.pipeline;

/** The life of a pipeline run, as status reports it. */
public enum RunState {
  REGISTERED,
  PLANNING,
  RUNNING,
  PAUSED,
  MERGING,
  COMPLETED,
  FAILED,
  CANCELLED;

  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }
}
