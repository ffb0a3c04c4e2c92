package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-8 Multi-Merge. */
@WorkflowInterface
public interface MultiMergeWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
