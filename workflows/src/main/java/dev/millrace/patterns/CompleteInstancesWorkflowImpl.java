package dev.millrace.patterns;

/**
 * WCP-27 Complete Multiple Instance Activity: like WCP-26, a signal withdraws the instances still
 * running, but the results of those that finished are kept and handed to C, whose task name lists
 * them.
 */
public class CompleteInstancesWorkflowImpl extends AbstractPatternWorkflow implements CompleteInstancesWorkflow {
  static final int INSTANCE_SECONDS = 2;

  private boolean completeRequested;

  @Override
  public Trace run(int instances) {
    Region region = new Region(tasks);
    region.startInstances("B", instances, INSTANCE_SECONDS);
    region.cancelWhen(() -> completeRequested);
    tasks.run("C" + region.completedResults(), 1);
    return tasks.trace();
  }

  @Override
  public void complete() {
    completeRequested = true;
    tasks.note(TraceEvent.received("complete"));
  }
}
