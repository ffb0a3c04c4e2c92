package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;

/**
 * WCP-30 Structured Partial Join, and WCP-9 Structured Discriminator as its threshold-1 case. The
 * branch whose arrival is the threshold-th one goes on to E on its own thread; later arrivals are
 * counted by {@link PartialJoin} and ignored. The block ends, and the join resets, when all branches
 * have arrived; F then runs once. For threshold 1 alone {@code Promise.anyOf} would do.
 */
public class StructuredPartialJoinWorkflowImpl extends AbstractPatternWorkflow
    implements StructuredPartialJoinWorkflow {
  @Override
  public Trace run(int threshold) {
    tasks.run("A", 1);
    PartialJoin join = new PartialJoin(threshold, 3);
    Promise<Void> b = Async.procedure(this::branch, join, "B", 1);
    Promise<Void> c = Async.procedure(this::branch, join, "C", 3);
    Promise<Void> d = Async.procedure(this::branch, join, "D", 5);
    Promise.allOf(b, c, d).get();
    tasks.run("F", 1);
    return tasks.trace();
  }

  private void branch(PartialJoin join, String task, int seconds) {
    tasks.run(task, seconds);
    if (join.arrive()) {
      tasks.run("E", 1);
    }
  }
}
