package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-4 Exclusive Choice followed by WCP-5 Simple Merge; the amount picks the branch. */
@WorkflowInterface
public interface ExclusiveChoiceWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int amount);
}
