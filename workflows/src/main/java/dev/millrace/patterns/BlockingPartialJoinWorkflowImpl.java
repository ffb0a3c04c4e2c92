package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-31 Blocking Partial Join, and WCP-28 Blocking Discriminator as its threshold-1 case. Two
 * rounds of B, C, D run at once; round 2 finishes its branches early, but {@link PartialJoin} holds
 * each round-2 arrival until round 1 has fully arrived and the join reset, so E2 cannot overtake.
 * Caveat: Temporal has no notion of tokens, so the rounds are explicit arguments.
 */
public class BlockingPartialJoinWorkflowImpl extends AbstractPatternWorkflow
    implements BlockingPartialJoinWorkflow {
  @Override
  public Trace run(int threshold) {
    PartialJoin join = new PartialJoin(threshold, 3);
    List<Promise<Void>> branches = new ArrayList<>();
    branches.addAll(round(join, 0, 1, 5, 6));
    branches.addAll(round(join, 1, 2, 3, 4));
    Promise.allOf(branches).get();
    return tasks.trace();
  }

  private List<Promise<Void>> round(PartialJoin join, int round, int b, int c, int d) {
    return List.of(
        Async.procedure(this::branch, join, round, "B", b),
        Async.procedure(this::branch, join, round, "C", c),
        Async.procedure(this::branch, join, round, "D", d));
  }

  private void branch(PartialJoin join, int round, String task, int seconds) {
    tasks.run(task + (round + 1), seconds);
    if (join.arrive(round)) {
      tasks.run("E" + (round + 1), 1);
    }
  }
}
