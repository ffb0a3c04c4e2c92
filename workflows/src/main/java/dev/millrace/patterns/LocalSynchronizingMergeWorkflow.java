package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-37 Local Synchronizing Merge; the flag says whether C's path reaches the merge. */
@WorkflowInterface
public interface LocalSynchronizingMergeWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(boolean cReachesMerge);
}
