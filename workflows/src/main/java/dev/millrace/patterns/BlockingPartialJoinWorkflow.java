package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-28 Blocking Discriminator (threshold 1) and WCP-31 Blocking Partial Join. */
@WorkflowInterface
public interface BlockingPartialJoinWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int threshold);
}
