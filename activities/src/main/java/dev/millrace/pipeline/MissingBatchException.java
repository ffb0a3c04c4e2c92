package dev.millrace.pipeline;

/**
 * A batch the run counted done has no stored output. Retrying cannot bring it back; processing the batch
 * again can, and resuming the run does that, since a batch without a checkpoint runs again.
 */
public final class MissingBatchException extends IllegalStateException {
  public MissingBatchException(String runId, int batchIndex) {
    super("Batch " + batchIndex + " of run " + runId + " has no stored output although the run counted it done;"
        + " resume the run to process it again");
  }
}
