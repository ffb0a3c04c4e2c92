package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-6 Multi-Choice followed by WCP-7 Structured Synchronizing Merge; the amount picks the branches. */
@WorkflowInterface
public interface MultiChoiceWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int amount);
}
