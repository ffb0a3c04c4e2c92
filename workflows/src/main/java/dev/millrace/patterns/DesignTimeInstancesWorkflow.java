package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-13 Multiple Instances with a priori Design-Time Knowledge. */
@WorkflowInterface
public interface DesignTimeInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
