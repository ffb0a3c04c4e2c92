package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import java.util.List;

/**
 * WCP-34 Static Partial Join for Multiple Instances: the instances are started together and
 * {@link PartialJoin} lets C run after the threshold-th completes; the remaining instances run on
 * to completion without firing C again, and the case ends when all are done.
 */
public class StaticPartialJoinInstancesWorkflowImpl extends AbstractPatternWorkflow
    implements StaticPartialJoinInstancesWorkflow {
  static final int INSTANCE_SECONDS = 2;

  @Override
  public Trace run(int instances, int threshold) {
    tasks.run("A", 1);
    PartialJoin join = new PartialJoin(threshold, instances);
    List<Promise<String>> started = tasks.startInstances("B", instances, INSTANCE_SECONDS);
    started.forEach(join::arriveOnCompletion);
    join.awaitFired();
    tasks.run("C", 1);
    Promise.allOf(started).get();
    return tasks.trace();
  }
}
