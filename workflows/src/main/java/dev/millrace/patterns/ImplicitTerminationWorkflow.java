package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-11 Implicit Termination. */
@WorkflowInterface
public interface ImplicitTerminationWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
