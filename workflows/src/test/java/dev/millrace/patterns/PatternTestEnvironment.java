package dev.millrace.patterns;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One time-skipping Temporal test service with every pattern registered on its task queue, shared
 * by the tests of a class as a static {@code @RegisterExtension} field, which closes it after the
 * class. Each workflow gets a unique id so runs never see each other's tasks.
 */
final class PatternTestEnvironment implements AutoCloseable, AfterAllCallback {
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
    return WorkflowStub.fromTyped(workflow).getOptions().orElseThrow().getWorkflowId();
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
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    environment.close();
  }
}
