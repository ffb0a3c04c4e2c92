package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-26 Cancel Multiple Instance Activity. */
@WorkflowInterface
public interface CancelInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances);

  /** Withdraws every instance of B still running. */
  @SignalMethod
  void cancelInstances();
}
