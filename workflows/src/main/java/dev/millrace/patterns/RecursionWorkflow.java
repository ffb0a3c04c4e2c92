package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-22 Recursion. */
@WorkflowInterface
public interface RecursionWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int depth);
}
