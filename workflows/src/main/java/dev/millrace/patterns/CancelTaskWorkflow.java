package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-19 Cancel Task. */
@WorkflowInterface
public interface CancelTaskWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  /** Withdraws task B if it is still running. */
  @SignalMethod
  void cancelB();
}
