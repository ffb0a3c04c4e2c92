package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-29 Cancelling Discriminator (threshold 1) and WCP-32 Cancelling Partial Join. */
@WorkflowInterface
public interface CancellingPartialJoinWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int threshold);
}
