package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-40 Interleaved Routing. */
@WorkflowInterface
public interface InterleavedRoutingWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run();
}
