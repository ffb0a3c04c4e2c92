package dev.millrace.patterns;

import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-11 Implicit Termination: returning from the workflow method ends the case even if work is
 * still in flight, so "end when nothing is left" is coded as waiting until every promise started so
 * far, including those started later by other threads (B starts D), has completed.
 */
public class ImplicitTerminationWorkflowImpl extends AbstractPatternWorkflow
    implements ImplicitTerminationWorkflow {
  private final List<Promise<?>> work = new ArrayList<>();

  @Override
  public Trace run() {
    tasks.run("A", 1);
    work.add(Async.procedure(this::bThenD));
    work.add(tasks.start("C", 2));
    Workflow.await(() -> work.stream().allMatch(Promise::isCompleted));
    return tasks.trace();
  }

  private void bThenD() {
    tasks.run("B", 1);
    work.add(tasks.start("D", 3));
  }
}
