package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;

/**
 * WCP-37 Local Synchronizing Merge: B, C and D run; C's path may turn away from the merge to F. The
 * merge counts the branches that can still arrive and each path that turns away says so at once,
 * so E fires when every live branch has arrived, without waiting for F. Caveat: this dead-path
 * notice is hand-written at every exit that bypasses the merge.
 */
public class LocalSynchronizingMergeWorkflowImpl extends AbstractPatternWorkflow
    implements LocalSynchronizingMergeWorkflow {
  private int live = 3;
  private int arrived;

  @Override
  public Trace run(boolean cReachesMerge) {
    tasks.run("A", 1);
    Promise<Void> b = Async.procedure(this::toMerge, "B", 2);
    Promise<Void> d = Async.procedure(this::toMerge, "D", 3);
    Promise<Void> c = Async.procedure(() -> {
      tasks.run("C", 1);
      if (cReachesMerge) {
        arrived++;
      } else {
        live--;
        tasks.run("F", 5);
      }
    });
    Workflow.await(() -> arrived == live);
    tasks.run("E", 1);
    Promise.allOf(b, c, d).get();
    return tasks.trace();
  }

  private void toMerge(String task, int seconds) {
    tasks.run(task, seconds);
    arrived++;
  }
}
