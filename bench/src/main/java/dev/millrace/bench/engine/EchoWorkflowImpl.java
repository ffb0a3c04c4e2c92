package dev.millrace.bench.engine;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Chains the activities so each waits for the previous one: one workflow task per activity. */
public final class EchoWorkflowImpl implements EchoWorkflow {
  private final EchoActivities activities = Workflow.newActivityStub(EchoActivities.class,
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(30)).build());

  @Override
  public int run(int count) {
    int done = 0;
    for (int i = 0; i < count; i++) {
      done = activities.increment(done);
    }
    return done;
  }
}
