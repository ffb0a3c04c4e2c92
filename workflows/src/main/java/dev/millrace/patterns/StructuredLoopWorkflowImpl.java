package dev.millrace.patterns;

/**
 * WCP-21 Structured Loop: a pre-tested {@code while} runs B zero or more times, a post-tested
 * {@code do/while} runs C at least once. Caveat: a loop with many iterations should
 * continue-as-new to bound the history.
 */
public class StructuredLoopWorkflowImpl extends AbstractPatternWorkflow implements StructuredLoopWorkflow {
  @Override
  public Trace run(int iterations) {
    int b = 0;
    while (b < iterations) {
      tasks.run(Tasks.instance("B", ++b), 1);
    }
    int c = 0;
    do {
      tasks.run(Tasks.instance("C", ++c), 1);
    } while (c < iterations);
    return tasks.trace();
  }
}
