package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-21 Structured Loop, pre-tested and post-tested. */
@WorkflowInterface
public interface StructuredLoopWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int iterations);
}
