package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.batchResult;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** In real time: the test holds an activity open on a latch, which time skipping would time out. */
class PipelineWorkerRestartTest {
  private static final String QUEUE = "restart-test";
  /** Without a sticky cache every workflow task goes to the shared queue, as after a real worker loss. */
  private static final WorkerFactoryOptions WITHOUT_STICKY_CACHE =
      WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0).build();

  @Test
  @Timeout(180)
  void aRunSurvivesItsWorkerBeingReplacedMidBatchAndCountsEveryBatchOnce() {
    TestEnvironmentOptions realTime = TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build();
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(realTime)) {
      WorkflowClient client = env.getWorkflowClient();
      CountDownLatch batchThreeStarted = new CountDownLatch(1);
      CountDownLatch releaseBatchThree = new CountDownLatch(1);
      PipelineActivities stoppingWorker = activitiesWithBatches(6);
      when(stoppingWorker.processBatch("restart", 3)).thenAnswer(call -> {
        batchThreeStarted.countDown();
        releaseBatchThree.await();
        return batchResult(3);
      });
      WorkerFactory first = startWorker(client, stoppingWorker);
      DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class,
          WorkflowOptions.newBuilder().setWorkflowId("restart").setTaskQueue(QUEUE).build());
      WorkflowClient.start(workflow::run, request("restart", 1));

      await().atMost(Duration.ofSeconds(30)).until(() -> batchThreeStarted.getCount() == 0);
      first.shutdown();
      releaseBatchThree.countDown();
      first.awaitTermination(10, TimeUnit.SECONDS);
      PipelineActivities replacement = activitiesWithBatches(6);
      startWorker(client, replacement);

      PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

      assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
      assertThat(result.progress().batchesCompleted()).isEqualTo(6);
      assertThat(result.progress().counts()).isEqualTo(new DocumentCounts(60, 54, 6));
      for (int done = 0; done <= 3; done++) {
        verify(stoppingWorker).processBatch("restart", done);
        verify(replacement, never()).processBatch("restart", done);
      }
      for (int remaining = 4; remaining < 6; remaining++) {
        verify(replacement).processBatch("restart", remaining);
      }
      verify(stoppingWorker, never()).processBatch("restart", 4);
      verify(replacement, never()).register(any());
      verify(replacement, never()).plan(any());
    }
  }

  private static WorkerFactory startWorker(WorkflowClient client, PipelineActivities activities) {
    WorkerFactory factory = WorkerFactory.newInstance(client, WITHOUT_STICKY_CACHE);
    Worker worker = factory.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class);
    worker.registerActivitiesImplementations(activities);
    factory.start();
    return factory;
  }
}
