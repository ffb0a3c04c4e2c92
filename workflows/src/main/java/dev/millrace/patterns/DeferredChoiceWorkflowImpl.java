package dev.millrace.patterns;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Set;

/**
 * WCP-16 Deferred Choice: {@code Workflow.await(timeout, condition)} offers the branches at once;
 * whichever happens first, an offer signal (B or C) or the timeout (T), makes the choice, and the
 * signal handler drops every later offer, which is how the other branches are withdrawn.
 */
public class DeferredChoiceWorkflowImpl extends AbstractPatternWorkflow implements DeferredChoiceWorkflow {
  static final Duration OFFER_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> OFFERED = Set.of("B", "C");

  private String choice;

  @Override
  public Trace run() {
    tasks.note(TraceEvent.reached("offering B, C"));
    if (!Workflow.await(OFFER_TIMEOUT, () -> choice != null)) {
      choice = "T";
    }
    tasks.run(choice, 1);
    return tasks.trace();
  }

  @Override
  public void offer(String branch) {
    if (choice == null && OFFERED.contains(branch)) {
      choice = branch;
      tasks.note(TraceEvent.received("offer " + branch));
    } else {
      tasks.note(TraceEvent.dropped("offer " + branch));
    }
  }
}
