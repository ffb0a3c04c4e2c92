package dev.millrace.patterns;

/**
 * WCP-20 Cancel Case: nothing to write in the workflow; {@code WorkflowStub.cancel()} from outside
 * cancels the root scope, every running task is withdrawn and the execution ends as cancelled. The
 * tasks run in a {@link Region} so that each records its withdrawal before the case ends, and the
 * trace stays readable through the query. D runs only if nobody cancels.
 */
public class CancelCaseWorkflowImpl extends AbstractPatternWorkflow implements CancelCaseWorkflow {
  @Override
  public Trace run() {
    Region work = new Region(tasks);
    work.start("B", 30);
    work.start("C", 40);
    work.join();
    tasks.run("D", 1);
    return tasks.trace();
  }
}
