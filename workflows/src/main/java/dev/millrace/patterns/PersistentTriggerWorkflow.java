package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-24 Persistent Trigger. */
@WorkflowInterface
public interface PersistentTriggerWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  @SignalMethod
  void trigger();
}
