package dev.millrace.patterns;

/**
 * WCP-32 Cancelling Partial Join, and WCP-29 Cancelling Discriminator as its threshold-1 case: the
 * branches run in a {@link Region}; once {@link PartialJoin} has counted enough completions the
 * region is cancelled, withdrawing the branches still running, and E runs. For threshold 1 alone
 * {@code Promise.anyOf} plus a scope cancel would do.
 */
public class CancellingPartialJoinWorkflowImpl extends AbstractPatternWorkflow
    implements CancellingPartialJoinWorkflow {
  @Override
  public Trace run(int threshold) {
    tasks.run("A", 1);
    PartialJoin join = new PartialJoin(threshold, 3);
    Region region = new Region(tasks);
    join.arriveOnCompletion(region.start("B", 1));
    join.arriveOnCompletion(region.start("C", 3));
    join.arriveOnCompletion(region.start("D", 5));
    join.awaitFired();
    region.cancel();
    tasks.run("E", 1);
    return tasks.trace();
  }
}
