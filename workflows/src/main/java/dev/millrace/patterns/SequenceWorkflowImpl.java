package dev.millrace.patterns;

/**
 * WCP-1 Sequence maps to plain sequential code: a blocking call returns only when its task has
 * completed, so the next one cannot start earlier. No caveat.
 */
public class SequenceWorkflowImpl extends AbstractPatternWorkflow implements SequenceWorkflow {
  @Override
  public Trace run() {
    tasks.run("A", 1);
    tasks.run("B", 1);
    tasks.run("C", 1);
    return tasks.trace();
  }
}
