package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-9 Structured Discriminator (threshold 1) and WCP-30 Structured Partial Join. */
@WorkflowInterface
public interface StructuredPartialJoinWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(int threshold);
}
