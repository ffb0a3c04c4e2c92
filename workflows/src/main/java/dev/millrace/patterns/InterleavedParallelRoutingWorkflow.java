package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-17 Interleaved Parallel Routing. */
@WorkflowInterface
public interface InterleavedParallelRoutingWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
