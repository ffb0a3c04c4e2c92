package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-14 Multiple Instances with a priori Run-Time Knowledge; also WCP-42 Thread Split and WCP-41 Thread Merge. */
@WorkflowInterface
public interface RunTimeInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances);
}
