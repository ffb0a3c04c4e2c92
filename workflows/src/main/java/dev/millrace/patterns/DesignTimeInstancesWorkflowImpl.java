package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-13 Multiple Instances with a priori Design-Time Knowledge: a loop over a constant starts the
 * instances, {@code Promise.allOf} joins them. No caveat.
 */
public class DesignTimeInstancesWorkflowImpl extends AbstractPatternWorkflow
    implements DesignTimeInstancesWorkflow {
  static final int INSTANCES = 3;

  @Override
  public Trace run() {
    tasks.run("A", 1);
    Promise.allOf(tasks.startInstances("B", INSTANCES, 1)).get();
    tasks.run("C", 1);
    return tasks.trace();
  }
}
