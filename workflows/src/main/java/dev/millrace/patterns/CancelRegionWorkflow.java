package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-25 Cancel Region. */
@WorkflowInterface
public interface CancelRegionWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  /** Withdraws the region of tasks B and C. */
  @SignalMethod
  void cancelRegion();
}
