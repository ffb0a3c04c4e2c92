package dev.millrace.patterns;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.util.function.Consumer;

/** Where a demo runs: the client, the task queue the pattern worker polls, and the workflow id to use. */
public record DemoContext(WorkflowClient client, String taskQueue, String workflowId) {

  /** A stub for a new execution of the pattern workflow, with this context's id and task queue. */
  public <T> T newWorkflow(Class<T> workflowInterface) {
    return client.newWorkflowStub(
        workflowInterface,
        WorkflowOptions.newBuilder().setWorkflowId(workflowId).setTaskQueue(taskQueue).build());
  }

  /**
   * Starts a new execution with {@code start} (e.g. {@code w -> WorkflowClient.start(w::run)}),
   * drives it with {@code drive} while it runs, and waits for its trace.
   */
  public <T> Trace startAndDrive(Class<T> workflowInterface, Consumer<T> start, Consumer<T> drive) {
    T workflow = newWorkflow(workflowInterface);
    start.accept(workflow);
    drive.accept(workflow);
    return resultOf(workflow);
  }

  /** Waits for a started workflow's result. */
  public static Trace resultOf(Object workflow) {
    return WorkflowStub.fromTyped(workflow).getResult(Trace.class);
  }
}
