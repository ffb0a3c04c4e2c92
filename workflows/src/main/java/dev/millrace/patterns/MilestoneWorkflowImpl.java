package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-18 Milestone: after A the case sits at the milestone for a while before C moves it on. Task
 * B is requested through an update whose validator asks the {@link Milestone}, so a request outside
 * the window is refused to the caller and leaves no trace in history.
 */
public class MilestoneWorkflowImpl extends AbstractPatternWorkflow implements MilestoneWorkflow {
  static final int A_SECONDS = 2;
  static final Duration WINDOW = Duration.ofSeconds(3);

  private final Milestone milestone = new Milestone("milestone", tasks);
  private final List<Promise<String>> requested = new ArrayList<>();

  @Override
  public Trace run() {
    tasks.run("A", A_SECONDS);
    milestone.reach();
    Workflow.sleep(WINDOW);
    milestone.expire();
    tasks.run("C", 5);
    Promise.allOf(requested).get();
    return tasks.trace();
  }

  @Override
  public void requestB() {
    requested.add(tasks.start("B", 1));
  }

  @Override
  public void validateRequestB() {
    if (!milestone.holds()) {
      throw new IllegalStateException("B is enabled only at the milestone");
    }
  }
}
