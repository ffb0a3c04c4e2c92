package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-15 Multiple Instances without a priori Run-Time Knowledge: every instance is added by an
 * update while the case runs, and its validator refuses additions once a {@code close} signal said no more will
 * come, so the caller learns of the refusal instead of the instance being silently lost. The join
 * waits for the close and then for every instance added until then.
 */
public class DynamicInstancesWorkflowImpl extends AbstractPatternWorkflow implements DynamicInstancesWorkflow {
  private final List<Promise<String>> instances = new ArrayList<>();
  private boolean closed;

  @Override
  public Trace run() {
    tasks.run("A", 1);
    Workflow.await(() -> closed);
    Promise.allOf(instances).get();
    tasks.run("C", 1);
    return tasks.trace();
  }

  @Override
  public String addInstance(int seconds) {
    String task = Tasks.instance("B", instances.size() + 1);
    instances.add(tasks.start(task, seconds));
    return task;
  }

  @Override
  public void validateAddInstance(int seconds) {
    if (closed) {
      throw new IllegalStateException("no instances can be added after close");
    }
  }

  @Override
  public void close() {
    closed = true;
    tasks.note(TraceEvent.received("close"));
  }
}
