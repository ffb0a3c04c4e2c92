package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-25 Cancel Region: B and C form a {@link Region}, each in a cancellation scope, and one signal
 * withdraws the whole region while D, outside it, carries on. A single {@code CancellationScope}
 * around both would do as well when all tasks start together.
 */
public class CancelRegionWorkflowImpl extends AbstractPatternWorkflow implements CancelRegionWorkflow {
  private boolean cancelRequested;

  @Override
  public Trace run() {
    tasks.run("A", 1);
    Region region = new Region(tasks);
    region.start("B", 30);
    region.start("C", 40);
    Promise<String> d = tasks.start("D", 2);
    region.cancelWhen(() -> cancelRequested);
    d.get();
    tasks.run("E", 1);
    return tasks.trace();
  }

  @Override
  public void cancelRegion() {
    cancelRequested = true;
    tasks.note(TraceEvent.received("cancel region"));
  }
}
