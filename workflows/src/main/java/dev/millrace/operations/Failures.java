package dev.millrace.operations;

import io.temporal.failure.TemporalFailure;

/** Reads the reason a user should see out of Temporal's nested failures. */
public final class Failures {
  private Failures() {}

  /** The innermost cause's own message, without Temporal's wrapping ("message='...', type='...'"). */
  public static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root instanceof TemporalFailure temporal ? temporal.getOriginalMessage() : root.getMessage();
  }
}
