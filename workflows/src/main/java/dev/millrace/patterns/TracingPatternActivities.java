package dev.millrace.patterns;

import io.temporal.activity.Activity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records which tasks each workflow really performed, independently of the trace the workflow
 * reports about itself, so that a withdrawn task can be shown never to have run. Does no I/O.
 */
public class TracingPatternActivities implements PatternActivities {
  private final Map<String, List<String>> performed = new ConcurrentHashMap<>();

  @Override
  public String perform(String task) {
    String workflowId = Activity.getExecutionContext().getInfo().getWorkflowId();
    performed.computeIfAbsent(workflowId, id -> new CopyOnWriteArrayList<>()).add(task);
    return task;
  }

  /** The tasks performed for the given workflow id, in the order they were performed. */
  public List<String> performedIn(String workflowId) {
    return List.copyOf(performed.getOrDefault(workflowId, List.of()));
  }
}
