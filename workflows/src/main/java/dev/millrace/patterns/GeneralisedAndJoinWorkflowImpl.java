package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;

/**
 * WCP-33 Generalised AND-Join: branch B produces two tokens quickly, branch C two tokens slowly;
 * {@link AndJoin} keeps B's surplus token waiting, so E fires once per pair, each time C delivers,
 * never twice on B's tokens alone. Caveat: the tokens are explicit bookkeeping, not SDK state.
 */
public class GeneralisedAndJoinWorkflowImpl extends AbstractPatternWorkflow
    implements GeneralisedAndJoinWorkflow {
  static final int FIRINGS = 2;

  private final AndJoin join = new AndJoin("B", "C");

  @Override
  public Trace run() {
    Promise<Void> b = Async.procedure(this::produce, "B", 1);
    Promise<Void> c = Async.procedure(this::produce, "C", 3);
    for (int firing = 1; firing <= FIRINGS; firing++) {
      join.awaitFiring();
      tasks.run(Tasks.instance("E", firing), 1);
    }
    Promise.allOf(b, c).get();
    return tasks.trace();
  }

  private void produce(String input, int seconds) {
    for (int token = 1; token <= FIRINGS; token++) {
      tasks.run(Tasks.instance(input, token), seconds);
      join.offer(input);
    }
  }
}
