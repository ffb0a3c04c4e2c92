package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-20 Cancel Case: nothing to write in the workflow; {@code WorkflowStub.cancel()} from outside
 * cancels the root scope, every running task is withdrawn and the execution ends as cancelled. The
 * trace stays readable through the query. D runs only if nobody cancels.
 */
public class CancelCaseWorkflowImpl extends AbstractPatternWorkflow implements CancelCaseWorkflow {
  @Override
  public Trace run() {
    Promise<String> b = tasks.start("B", 30);
    Promise<String> c = tasks.start("C", 40);
    Promise.allOf(b, c).get();
    tasks.run("D", 1);
    return tasks.trace();
  }
}
