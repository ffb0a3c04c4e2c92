package dev.millrace.patterns;

import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * WCP-23 Transient Trigger: Temporal keeps every signal, so transience is coded: the handler honours
 * the trigger only while the workflow is waiting for it and drops it otherwise. If no trigger comes
 * while waiting, the case gives up and runs C instead of B.
 */
public class TransientTriggerWorkflowImpl extends AbstractPatternWorkflow implements TransientTriggerWorkflow {
  static final int A_SECONDS = 2;
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String WAITING = "waiting for trigger";

  private boolean waiting;
  private boolean triggered;

  @Override
  public Trace run() {
    tasks.run("A", A_SECONDS);
    waiting = true;
    tasks.note(TraceEvent.reached(WAITING));
    Workflow.await(WAIT, () -> triggered);
    waiting = false;
    tasks.run(triggered ? "B" : "C", 1);
    return tasks.trace();
  }

  @Override
  public void trigger() {
    if (waiting && !triggered) {
      triggered = true;
      tasks.note(TraceEvent.received("trigger"));
    } else {
      tasks.note(TraceEvent.dropped("trigger"));
    }
  }
}
