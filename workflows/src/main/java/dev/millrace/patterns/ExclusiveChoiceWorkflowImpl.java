package dev.millrace.patterns;

/**
 * WCP-4 Exclusive Choice is an {@code if/else} on workflow data; WCP-5 Simple Merge is simply the
 * code after it, reached from whichever branch ran. The condition must read only workflow state
 * or arguments, never the clock or the environment, to stay deterministic.
 */
public class ExclusiveChoiceWorkflowImpl extends AbstractPatternWorkflow implements ExclusiveChoiceWorkflow {
  static final int LARGE_AMOUNT = 100;

  @Override
  public Trace run(int amount) {
    tasks.run("A", 1);
    if (amount > LARGE_AMOUNT) {
      tasks.run("B", 1);
    } else {
      tasks.run("C", 1);
    }
    tasks.run("D", 1);
    return tasks.trace();
  }
}
