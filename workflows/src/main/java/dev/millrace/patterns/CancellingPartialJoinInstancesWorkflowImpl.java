package dev.millrace.patterns;

/**
 * WCP-35 Cancelling Partial Join for Multiple Instances: as WCP-34, but the instances run in a
 * {@link Region} that is cancelled as soon as {@link PartialJoin} fires, so the remaining instances
 * are withdrawn before C runs.
 */
public class CancellingPartialJoinInstancesWorkflowImpl extends AbstractPatternWorkflow
    implements CancellingPartialJoinInstancesWorkflow {
  static final int INSTANCE_SECONDS = 2;

  @Override
  public Trace run(int instances, int threshold) {
    tasks.run("A", 1);
    PartialJoin join = new PartialJoin(threshold, instances);
    Region region = new Region(tasks);
    region.startInstances("B", instances, INSTANCE_SECONDS).forEach(join::arriveOnCompletion);
    join.awaitFired();
    region.cancel();
    tasks.run("C", 1);
    return tasks.trace();
  }
}
