package dev.millrace.patterns;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-18 Milestone. */
@WorkflowInterface
public interface MilestoneWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  /** Asks for task B; refused unless the case is at its milestone. */
  @UpdateMethod
  void requestB();

  @UpdateValidatorMethod(updateName = "requestB")
  void validateRequestB();
}
