package dev.millrace.bench.engine;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The engine benchmark's workload: a chain of trivial activities, so only the engine's cost is measured. */
@WorkflowInterface
public interface EchoWorkflow {
  /** Runs {@code activities} activities one after the other; returns how many ran. */
  @WorkflowMethod
  int run(int activities);
}
