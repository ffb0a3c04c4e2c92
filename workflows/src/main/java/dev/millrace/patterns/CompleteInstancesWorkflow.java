package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-27 Complete Multiple Instance Activity. */
@WorkflowInterface
public interface CompleteInstancesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int instances);

  /** Completes the activity: running instances are withdrawn, finished results kept. */
  @SignalMethod
  void complete();
}
