package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-15 Multiple Instances without a priori Run-Time Knowledge. */
@WorkflowInterface
public interface DynamicInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  /** Adds an instance of B taking the given seconds; refused once the case was closed. */
  @UpdateMethod
  String addInstance(int seconds);

  @UpdateValidatorMethod(updateName = "addInstance")
  void validateAddInstance(int seconds);

  /** No more instances will be added; the join may fire once the running ones are done. */
  @SignalMethod
  void close();
}
