package dev.millrace.patterns;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-36 Dynamic Partial Join for Multiple Instances. */
@WorkflowInterface
public interface DynamicPartialJoinInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int threshold);

  /** Adds an instance of B taking the given seconds; refused once the join has fired. */
  @UpdateMethod
  String addInstance(int seconds);

  @UpdateValidatorMethod(updateName = "addInstance")
  void validateAddInstance(int seconds);
}
