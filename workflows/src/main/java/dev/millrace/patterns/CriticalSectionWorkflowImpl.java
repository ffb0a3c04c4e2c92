package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLock;

/**
 * WCP-39 Critical Section: two threads each enter a region of two tasks (B-C and E-F) guarded by
 * one {@code WorkflowLock}, held for the whole region, so the regions never interleave while the
 * tasks outside them (A, D) run freely. Caveat: the lock lives in one workflow; sections spread
 * over several workflows need a lock workflow or an external mutex.
 */
public class CriticalSectionWorkflowImpl extends AbstractPatternWorkflow implements CriticalSectionWorkflow {
  private final WorkflowLock lock = Workflow.newWorkflowLock();

  @Override
  public Trace run() {
    Promise<Void> first = Async.procedure(this::thread, new String[] {"A", "B", "C"});
    Promise<Void> second = Async.procedure(this::thread, new String[] {"D", "E", "F"});
    Promise.allOf(first, second).get();
    return tasks.trace();
  }

  private void thread(String[] outsideThenSection) {
    tasks.run(outsideThenSection[0], 1);
    lock.lock();
    try {
      tasks.run(outsideThenSection[1], 2);
      tasks.run(outsideThenSection[2], 1);
    } finally {
      lock.unlock();
    }
  }
}
