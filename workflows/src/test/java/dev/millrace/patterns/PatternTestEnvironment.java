package dev.millrace.patterns;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * One time-skipping Temporal test service with every pattern registered on its task queue, shared
 * by the tests of a class. Each workflow gets a unique id so runs never see each other's tasks.
 */
final class PatternTestEnvironment implements AutoCloseable {
  private final TestWorkflowEnvironment environment = TestWorkflowEnvironment.newInstance();
  private final TracingPatternActivities activities = new TracingPatternActivities();

  PatternTestEnvironment() {
    Worker worker = environment.newWorker(PatternCatalog.TASK_QUEUE);
    PatternCatalog.register(worker, activities);
    environment.start();
  }

  WorkflowClient client() {
    return environment.getWorkflowClient();
  }

  /** A stub for a new workflow whose id is returned by {@link #idOf}. */
  <T> T newWorkflow(Class<T> workflowInterface) {
    return client()
        .newWorkflowStub(
            workflowInterface,
            WorkflowOptions.newBuilder()
                .setTaskQueue(PatternCatalog.TASK_QUEUE)
                .setWorkflowId(workflowInterface.getSimpleName() + "-" + UUID.randomUUID())
                .build());
  }

  static String idOf(Object workflow) {
    return io.temporal.client.WorkflowStub.fromTyped(workflow).getOptions().orElseThrow().getWorkflowId();
  }

  /** What the activity worker really performed for the workflow, independent of its trace. */
  List<String> performedIn(Object workflow) {
    return activities.performedIn(idOf(workflow));
  }

  List<String> performedIn(String workflowId) {
    return activities.performedIn(workflowId);
  }

  /** Lets workflow time pass, skipping it. */
  void skip(Duration duration) {
    environment.sleep(duration);
  }

  @Override
  public void close() {
    environment.close();
  }
}
