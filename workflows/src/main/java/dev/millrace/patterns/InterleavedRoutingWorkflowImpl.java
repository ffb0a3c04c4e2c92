package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLock;

/**
 * WCP-40 Interleaved Routing: every task starts on its own thread and runs under one shared
 * {@code WorkflowLock}, so each runs exactly once, in whatever order the lock grants, and never
 * two at once.
 */
public class InterleavedRoutingWorkflowImpl extends AbstractPatternWorkflow implements InterleavedRoutingWorkflow {
  private final WorkflowLock lock = Workflow.newWorkflowLock();

  @Override
  public Trace run() {
    Promise<String> a = Async.function(tasks::runExclusively, lock, "A", 1);
    Promise<String> b = Async.function(tasks::runExclusively, lock, "B", 2);
    Promise<String> c = Async.function(tasks::runExclusively, lock, "C", 1);
    Promise.allOf(a, b, c).get();
    return tasks.trace();
  }
}
