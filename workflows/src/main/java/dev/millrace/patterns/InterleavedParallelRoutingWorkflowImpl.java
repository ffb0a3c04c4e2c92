package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLock;

/**
 * WCP-17 Interleaved Parallel Routing: the partial order (A before C, B before D) is written as
 * parallel sequential chains and a shared {@code WorkflowLock} keeps any two tasks from running at
 * once. Caveat: a partial order that is not a set of chains needs extra waits between threads.
 */
public class InterleavedParallelRoutingWorkflowImpl extends AbstractPatternWorkflow
    implements InterleavedParallelRoutingWorkflow {
  private final WorkflowLock lock = Workflow.newWorkflowLock();

  @Override
  public Trace run() {
    Promise<Void> first = Async.procedure(this::chain, "A", "C");
    Promise<Void> second = Async.procedure(this::chain, "B", "D");
    Promise.allOf(first, second).get();
    return tasks.trace();
  }

  private void chain(String before, String after) {
    tasks.runExclusively(lock, before, 2);
    tasks.runExclusively(lock, after, 1);
  }
}
