package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-20 Cancel Case: cancelled from outside through the workflow stub. */
@WorkflowInterface
public interface CancelCaseWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
