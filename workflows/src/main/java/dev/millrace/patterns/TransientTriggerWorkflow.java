package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-23 Transient Trigger. */
@WorkflowInterface
public interface TransientTriggerWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  @SignalMethod
  void trigger();
}
