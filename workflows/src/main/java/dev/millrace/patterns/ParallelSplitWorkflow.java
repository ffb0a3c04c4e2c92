package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-2 Parallel Split followed by WCP-3 Synchronization. */
@WorkflowInterface
public interface ParallelSplitWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
