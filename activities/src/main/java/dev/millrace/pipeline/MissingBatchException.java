package dev.millrace.pipeline;

import io.temporal.failure.ApplicationFailure;

/**
 * A batch the run counted done has no stored output. Retrying cannot bring it back; processing the batch
 * again can, and resuming the run does that, since a batch without a checkpoint runs again.
 */
public final class MissingBatchException extends IllegalStateException {
  /** Failure type of an activity that found a batch without its output; resuming the run processes it again. */
  public static final String FAILURE_TYPE = "MissingBatch";

  public MissingBatchException(String runId, int batchIndex) {
    super("Batch " + batchIndex + " of run " + runId + " has no stored output although the run counted it done;"
        + " resume the run to process it again");
  }

  /** The failure an activity throws for it: no retry, so the run fails at once with this message. */
  ApplicationFailure asNonRetryableFailure() {
    return ApplicationFailure.newNonRetryableFailure(getMessage(), FAILURE_TYPE);
  }
}
