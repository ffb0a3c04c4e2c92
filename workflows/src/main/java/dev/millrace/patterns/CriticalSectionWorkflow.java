package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-39 Critical Section. */
@WorkflowInterface
public interface CriticalSectionWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
