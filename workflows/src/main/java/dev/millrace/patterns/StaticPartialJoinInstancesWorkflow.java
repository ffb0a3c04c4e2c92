package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-34 Static Partial Join for Multiple Instances. */
@WorkflowInterface
public interface StaticPartialJoinInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances, int threshold);
}
