package dev.millrace.patterns;

/**
 * WCP-43 Explicit Termination: returning from the workflow method ends the case. To make the end
 * withdraw the remaining work visibly rather than abandon it, all work runs in a {@link Region}
 * that is cancelled when the end is reached: B, still running, is withdrawn.
 */
public class ExplicitTerminationWorkflowImpl extends AbstractPatternWorkflow
    implements ExplicitTerminationWorkflow {
  @Override
  public Trace run() {
    Region work = new Region(tasks);
    work.start("B", 30);
    work.start("C", 2).get();
    tasks.run("D", 1);
    work.cancel();
    return tasks.trace();
  }
}
