package dev.millrace.patterns;

/**
 * WCP-26 Cancel Multiple Instance Activity: every instance of B is started in the same
 * {@link Region}; one signal withdraws all instances still running, and the case goes on to C.
 */
public class CancelInstancesWorkflowImpl extends AbstractPatternWorkflow implements CancelInstancesWorkflow {
  static final int INSTANCE_SECONDS = 20;

  private boolean cancelRequested;

  @Override
  public Trace run(int instances) {
    tasks.run("A", 1);
    Region region = new Region(tasks);
    region.startInstances("B", instances, INSTANCE_SECONDS);
    region.cancelWhen(() -> cancelRequested);
    tasks.run("C", 1);
    return tasks.trace();
  }

  @Override
  public void cancelInstances() {
    cancelRequested = true;
    tasks.note(TraceEvent.received("cancel instances"));
  }
}
