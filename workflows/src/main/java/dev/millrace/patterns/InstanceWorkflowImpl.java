package dev.millrace.patterns;

/** Runs one task as a workflow of its own, for instances that must live independently. */
public class InstanceWorkflowImpl extends AbstractPatternWorkflow implements InstanceWorkflow {
  @Override
  public Trace run(String task, int seconds) {
    tasks.run(task, seconds);
    return tasks.trace();
  }
}
