package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-2 Parallel Split is one {@code Async.function} per branch; WCP-3 Synchronization is
 * {@code Promise.allOf(...).get()} on the branches, after which D runs exactly once. Caveat:
 * {@code allOf} fails as soon as one branch fails, so a join that must tolerate failures waits on
 * each branch's {@code handle(...)} instead.
 */
public class ParallelSplitWorkflowImpl extends AbstractPatternWorkflow implements ParallelSplitWorkflow {
  @Override
  public Trace run() {
    tasks.run("A", 1);
    Promise<String> b = tasks.start("B", 2);
    Promise<String> c = tasks.start("C", 1);
    Promise.allOf(b, c).get();
    tasks.run("D", 1);
    return tasks.trace();
  }
}
