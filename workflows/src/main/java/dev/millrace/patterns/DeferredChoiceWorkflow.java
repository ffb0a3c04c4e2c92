package dev.millrace.patterns;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-16 Deferred Choice; the first offer of B or C wins, a timeout picks T. */
@WorkflowInterface
public interface DeferredChoiceWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();

  /** Offers a branch, B or C; an offer after the choice was made is dropped. */
  @SignalMethod
  void offer(String branch);
}
