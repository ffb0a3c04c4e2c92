package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-1 Sequence. */
@WorkflowInterface
public interface SequenceWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
