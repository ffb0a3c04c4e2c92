package dev.millrace.events;

/** Whether a sink's failure matters to the run. */
public enum Delivery {
  /** Delivery is part of the run: a failed send fails the activity, which Temporal retries. */
  REQUIRED,
  /** Best effort: sent in the background, failures are logged, the run never waits for it. */
  FAIL_SILENT
}
