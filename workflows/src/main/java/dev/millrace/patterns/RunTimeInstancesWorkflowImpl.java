package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-14 Multiple Instances with a priori Run-Time Knowledge: as WCP-13, with the count taken from
 * the workflow argument. The same code is WCP-42 Thread Split (a fixed number of threads of B on
 * one branch) followed by WCP-41 Thread Merge ({@code allOf}, then one thread runs C): in code the
 * "same branch" distinction disappears. Caveat: a very large count should fan out through child
 * workflows to keep one history small.
 */
public class RunTimeInstancesWorkflowImpl extends AbstractPatternWorkflow implements RunTimeInstancesWorkflow {
  @Override
  public Trace run(int instances) {
    tasks.run("A", 1);
    Promise.allOf(tasks.startInstances("B", instances, 1)).get();
    tasks.run("C", 1);
    return tasks.trace();
  }
}
