package dev.millrace.patterns;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One task as its own workflow: an instance that can outlive the parent that spawned it. */
@WorkflowInterface
public interface InstanceWorkflow extends PatternWorkflow {
  @WorkflowMethod
  Trace run(String task, int seconds);
}
