package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-33 Generalised AND-Join. */
@WorkflowInterface
public interface GeneralisedAndJoinWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
