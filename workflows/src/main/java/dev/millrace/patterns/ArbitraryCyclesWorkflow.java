package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** WCP-10 Arbitrary Cycles; the flag picks which of the loop's two entries is used. */
@WorkflowInterface
public interface ArbitraryCyclesWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(boolean enterAtC);
}
