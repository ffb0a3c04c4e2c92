package dev.millrace.patterns;

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;

/**
 * WCP-12 Multiple Instances without Synchronization: each instance is a child workflow with
 * {@code ParentClosePolicy.ABANDON}, so it outlives the parent. The parent waits only until each
 * child has started (an unstarted child would be lost with the parent), then carries on and ends
 * without joining them. Instance i has workflow id {@code <parent id>-B#i}.
 */
public class UnsynchronizedInstancesWorkflowImpl extends AbstractPatternWorkflow
    implements UnsynchronizedInstancesWorkflow {
  static final int INSTANCE_SECONDS = 2;

  @Override
  public Trace run(int instances) {
    tasks.run("A", 1);
    for (int i = 1; i <= instances; i++) {
      String task = Tasks.instance("B", i);
      InstanceWorkflow instance =
          Workflow.newChildWorkflowStub(
              InstanceWorkflow.class,
              ChildWorkflowOptions.newBuilder()
                  .setWorkflowId(instanceId(Workflow.getInfo().getWorkflowId(), i))
                  .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_ABANDON)
                  .build());
      Async.function(instance::run, task, INSTANCE_SECONDS);
      Workflow.getWorkflowExecution(instance).get();
      tasks.note(TraceEvent.reached("spawned " + task));
    }
    tasks.run("C", 1);
    return tasks.trace();
  }

  /** The workflow id of the parent's i-th instance. */
  public static String instanceId(String parentId, int instance) {
    return parentId + "-" + Tasks.instance("B", instance);
  }
}
