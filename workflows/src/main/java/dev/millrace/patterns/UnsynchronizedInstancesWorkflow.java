package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-12 Multiple Instances without Synchronization. */
@WorkflowInterface
public interface UnsynchronizedInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances);
}
