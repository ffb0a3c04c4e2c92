package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker that keeps no workflow in its cache rebuilds the run from its history for every single
 * workflow task, exactly as a freshly restarted worker does after the previous one died. The run must
 * still complete with every batch counted once. (Killing real worker processes is covered by the
 * distribution module's process tests.)
 */
class PipelineWorkerRestartTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class)
      .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0).build())
      .setDoNotStart(true)
      .build();

  @Test
  void aRunRebuiltFromHistoryAtEveryStepCountsEveryBatchOnce(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(9);
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineResult result = workflow.run(request("restart", 2));

    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(result.progress().batchesCompleted()).isEqualTo(9);
    assertThat(result.progress().counts()).isEqualTo(new DocumentCounts(90, 81, 9));
    for (int batch = 0; batch < 9; batch++) {
      verify(activities).processBatch("restart", batch);
    }
    verify(activities, times(9)).processBatch(eq("restart"), anyInt());
    verify(activities, times(1)).register(any());
    verify(activities, times(1)).plan("restart");
    assertThat(PipelineFixtures.verifyAppendsChainInto(activities, "restart", 9)).isNotEmpty();
  }
}
