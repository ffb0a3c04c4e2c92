package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-43 Explicit Termination. */
@WorkflowInterface
public interface ExplicitTerminationWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
