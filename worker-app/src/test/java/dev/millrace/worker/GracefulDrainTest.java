package dev.millrace.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.millrace.pipeline.PipelineMetrics;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker told to stop takes no new activity task, even while an in-flight one that heartbeated is still
 * finishing: with the SDK's default options it kept polling for up to 5 s, until that attempt's heartbeat
 * scheduler had wound down, and took queued tasks meanwhile.
 */
class GracefulDrainTest {
  private static final String TASK_QUEUE = "graceful-drain";
  private static final List<String> STARTED = new CopyOnWriteArrayList<>();
  private static final CountDownLatch RELEASE = new CountDownLatch(1);

  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();

  @AfterEach
  void close() {
    RELEASE.countDown();
    env.close();
  }

  @Test
  void aStoppingWorkerFinishesItsActivityButStartsNoQueuedOne() throws Exception {
    WorkerTuning oneSlot = new WorkerTuning(TASK_QUEUE, 10, 1, false, Duration.ofSeconds(10), false,
        PipelineMetrics.NONE, List.of());
    WorkerFactory factory = WorkerFactory.newInstance(env.getWorkflowClient(), oneSlot.factoryOptions());
    Worker worker = factory.newWorker(TASK_QUEUE, oneSlot.workerOptions());
    worker.registerWorkflowImplementationTypes(TwoStepsImpl.class);
    worker.registerActivitiesImplementations(new StepsImpl());
    factory.start();
    WorkflowClient.start(env.getWorkflowClient().newWorkflowStub(TwoSteps.class,
        WorkflowOptions.newBuilder().setTaskQueue(TASK_QUEUE).build())::run);
    await().atMost(Duration.ofSeconds(10)).until(() -> !STARTED.isEmpty());

    factory.shutdown();
    await("the activity pollers stop while the step still runs").atMost(Duration.ofSeconds(3))
        .until(() -> !activityPollersRunning());
    RELEASE.countDown();
    factory.awaitTermination(10, TimeUnit.SECONDS);

    assertThat(factory.isTerminated()).isTrue();
    assertThat(STARTED).as("the queued step stays for another worker").hasSize(1);
  }

  /** The SDK names its poller threads after the task queue; they end once the poller is shut down. */
  private static boolean activityPollersRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().startsWith("Activity Poller taskQueue=\"" + TASK_QUEUE + "\""));
  }

  @WorkflowInterface
  public interface TwoSteps {
    @WorkflowMethod
    void run();
  }

  /** Both steps are scheduled at once; with one slot the other waits in the queue. */
  public static class TwoStepsImpl implements TwoSteps {
    private final Steps steps = Workflow.newActivityStub(Steps.class, ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(1))
        .setHeartbeatTimeout(Duration.ofSeconds(20))
        .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
        .build());

    @Override
    public void run() {
      Promise<Void> first = Async.procedure(steps::step, "first");
      Promise<Void> second = Async.procedure(steps::step, "second");
      Promise.allOf(first, second).get();
    }
  }

  @ActivityInterface
  public interface Steps {
    void step(String name);
  }

  /** The step that starts first heartbeats, as a batch does, and then holds its slot until released. */
  static class StepsImpl implements Steps {
    @Override
    public void step(String name) {
      STARTED.add(name);
      if (STARTED.size() == 1) {
        for (int beat = 0; beat < 3; beat++) {
          Activity.getExecutionContext().heartbeat(beat);
        }
        try {
          RELEASE.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
