package dev.millrace.patterns;

import io.temporal.workflow.Promise;

/**
 * WCP-19 Cancel Task: B runs in its own {@code CancellationScope}; a signal cancels that scope,
 * which withdraws B (its timer or activity is cancelled) while C carries on. Caveat: a running
 * activity only learns of the cancellation through heartbeats, so long activities must heartbeat.
 */
public class CancelTaskWorkflowImpl extends AbstractPatternWorkflow implements CancelTaskWorkflow {
  private boolean cancelRequested;

  @Override
  public Trace run() {
    tasks.run("A", 1);
    Region b = new Region(tasks);
    b.start("B", 30);
    Promise<String> c = tasks.start("C", 2);
    b.cancelWhen(() -> cancelRequested);
    c.get();
    tasks.run("D", 1);
    return tasks.trace();
  }

  @Override
  public void cancelB() {
    cancelRequested = true;
    tasks.note(TraceEvent.received("cancel B"));
  }
}
