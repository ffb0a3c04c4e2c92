package dev.millrace.operations;

/** What a simulator does instead of answering normally. */
public enum Fault {
  /** A transient outage: the call fails and Temporal retries it. */
  FAIL,
  /** A business refusal (declined card, quota, closed account): not retried. */
  REFUSE,
  /** Answers, but only after the fault's delay. */
  SLOW,
  /** Accepts the call but never reports back (an ATM that does not confirm). */
  SILENT
}
