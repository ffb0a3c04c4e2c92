package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-35 Cancelling Partial Join for Multiple Instances. */
@WorkflowInterface
public interface CancellingPartialJoinInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances, int threshold);
}
