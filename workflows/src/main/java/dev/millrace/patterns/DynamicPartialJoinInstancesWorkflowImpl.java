package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import io.temporal.workflow.WorkflowInit;
import java.util.ArrayList;
import java.util.List;

/**
 * WCP-36 Dynamic Partial Join for Multiple Instances: instances are added by an update while the
 * case runs, each growing the {@link PartialJoin}; C runs once the threshold number have completed,
 * and from then on the update validator refuses new instances. Instances still running complete
 * without effect.
 */
public class DynamicPartialJoinInstancesWorkflowImpl extends AbstractPatternWorkflow
    implements DynamicPartialJoinInstancesWorkflow {
  private final List<Promise<String>> instances = new ArrayList<>();
  private final PartialJoin join;

  @WorkflowInit
  public DynamicPartialJoinInstancesWorkflowImpl(int threshold) {
    join = new PartialJoin(threshold, 0);
  }

  @Override
  public Trace run(int threshold) {
    join.awaitFired();
    tasks.run("C", 1);
    Promise.allOf(instances).get();
    return tasks.trace();
  }

  @Override
  public String addInstance(int seconds) {
    String task = Tasks.instance("B", instances.size() + 1);
    join.expectOneMore();
    Promise<String> instance = tasks.start(task, seconds);
    join.arriveOnCompletion(instance);
    instances.add(instance);
    return task;
  }

  @Override
  public void validateAddInstance(int seconds) {
    if (join.fired()) {
      throw new IllegalStateException("no instances can be added once the join has fired");
    }
  }
}
