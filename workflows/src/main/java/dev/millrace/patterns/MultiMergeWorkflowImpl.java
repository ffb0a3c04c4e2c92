package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;

/**
 * WCP-8 Multi-Merge: each branch goes on to its own run of D on the branch's own thread, so D runs
 * once per arriving branch with no synchronisation between them. The final {@code allOf} only
 * keeps the workflow alive until every thread has finished.
 */
public class MultiMergeWorkflowImpl extends AbstractPatternWorkflow implements MultiMergeWorkflow {
  @Override
  public Trace run() {
    tasks.run("A", 1);
    Promise<String> fromB = Async.function(this::branchThenMerge, "B", 1);
    Promise<String> fromC = Async.function(this::branchThenMerge, "C", 3);
    Promise.allOf(fromB, fromC).get();
    return tasks.trace();
  }

  private String branchThenMerge(String branch, int seconds) {
    tasks.run(branch, seconds);
    return tasks.run("D after " + branch, 1);
  }
}
