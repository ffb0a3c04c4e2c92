package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.DOCS_PER_BATCH;
import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.batchResult;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowStub;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class DocumentPipelineWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = PipelineFixtures.pipelineWorkflowExtension();

  @Test
  void registersPlansProcessesEveryBatchMergesAndFinishesInThatOrder(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(7);
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineRequest request = request("happy", 3);
    PipelineResult result = workflow.run(request);

    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(result.progress().counts()).isEqualTo(new DocumentCounts(70, 63, 7));
    assertThat(result.progress().batchesCompleted()).isEqualTo(7);
    assertThat(result.artifact()).isEqualTo(request.artifactPath());
    InOrder order = inOrder(activities);
    order.verify(activities).register(request);
    order.verify(activities).plan("happy");
    order.verify(activities, times(7)).processBatch(eq("happy"), anyInt());
    order.verify(activities).mergeFrom("happy", MergeCursor.START, 7);
    order.verify(activities).finish(argThat(o -> o.state() == RunState.COMPLETED && o.counts().equals(result.progress().counts())));
    for (int batch = 0; batch < 7; batch++) {
      verify(activities).processBatch("happy", batch);
    }
  }

  @Test
  void keepsExactlyTheWindowOfBatchesInFlight(TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    worker.registerActivitiesImplementations(activitiesWithBatches(12));
    env.start();

    workflow.run(request("window", 3));

    int inFlight = 0;
    int maxInFlight = 0;
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    for (HistoryEvent event : env.getWorkflowClient().fetchHistory(workflowId).getEvents()) {
      if (event.hasActivityTaskScheduledEventAttributes()
          && event.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals("ProcessBatch")) {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
      } else if (event.hasActivityTaskCompletedEventAttributes() && inFlight > 0) {
        inFlight--;
      }
    }
    assertThat(maxInFlight).isEqualTo(3);
  }

  @Test
  void retriesABatchThatFailsTwiceAndCountsItOnce(TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(4);
    AtomicInteger attempts = new AtomicInteger();
    when(activities.processBatch("retry", 2)).thenAnswer(call -> {
      if (attempts.incrementAndGet() <= 2) {
        throw new IllegalStateException("database briefly unavailable");
      }
      return batchResult(2);
    });
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineResult result = workflow.run(request("retry", 2));

    assertThat(attempts.get()).isEqualTo(3);
    assertThat(result.progress().counts().documentsIn()).isEqualTo(4 * DOCS_PER_BATCH);
    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
  }

  @Test
  void anEmptyInputCompletesWithoutMerging(TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(0);
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineResult result = workflow.run(request("empty", 4));

    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(result.progress().batchesTotal()).isZero();
    verify(activities, never()).processBatch(anyString(), anyInt());
    verify(activities, never()).mergeFrom(anyString(), any(), anyInt());
    verify(activities).finish(argThat(o -> o.state() == RunState.COMPLETED && o.counts().equals(DocumentCounts.ZERO)));
  }

  @Test
  void aRunWhoseEveryLineIsQuarantinedDoesNotMerge(TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(2);
    when(activities.processBatch(anyString(), anyInt()))
        .thenAnswer(call -> new BatchResult(call.getArgument(1), 5, 0, 5));
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineResult result = workflow.run(request("all-bad", 4));

    assertThat(result.progress().counts()).isEqualTo(new DocumentCounts(10, 0, 10));
    verify(activities, never()).mergeFrom(anyString(), any(), anyInt());
  }

  @Test
  void aBatchThatCannotSucceedFailsTheRunAndRecordsIt(TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = activitiesWithBatches(3);
    doAnswer(call -> {
      throw ApplicationFailure.newNonRetryableFailure("input changed during the run", "InvalidInput");
    }).when(activities).processBatch("broken", 1);
    worker.registerActivitiesImplementations(activities);
    env.start();

    assertThatThrownBy(() -> workflow.run(request("broken", 1))).isInstanceOf(WorkflowFailedException.class);

    verify(activities).finish(argThat(o -> o.state() == RunState.FAILED
        && o.error().contains("input changed during the run")));
    verify(activities, never()).mergeFrom(anyString(), any(), anyInt());
    verify(activities, never()).finish(argThat(o -> o.state() == RunState.COMPLETED));
    verify(activities, never()).processBatch("broken", 2);
    verify(activities, times(1)).plan(any());
  }
}
