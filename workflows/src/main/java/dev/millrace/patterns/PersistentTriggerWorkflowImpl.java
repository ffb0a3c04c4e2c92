package dev.millrace.patterns;

import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowQueue;
import java.time.Duration;

/**
 * WCP-24 Persistent Trigger: the signal handler puts the trigger on a {@code WorkflowQueue}, where it
 * waits, durably, until the workflow is ready to consume it. Without a trigger within the wait the
 * case runs C instead of B.
 */
public class PersistentTriggerWorkflowImpl extends AbstractPatternWorkflow implements PersistentTriggerWorkflow {
  static final int A_SECONDS = 2;
  static final Duration WAIT = Duration.ofSeconds(30);

  private final WorkflowQueue<String> triggers = Workflow.newWorkflowQueue(Integer.MAX_VALUE);

  @Override
  public Trace run() {
    tasks.run("A", A_SECONDS);
    tasks.note(TraceEvent.reached(TransientTriggerWorkflowImpl.WAITING));
    String trigger = triggers.cancellablePoll(WAIT);
    tasks.run(trigger != null ? "B" : "C", 1);
    return tasks.trace();
  }

  @Override
  public void trigger() {
    triggers.put("trigger");
    tasks.note(TraceEvent.received("trigger"));
  }
}
