package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.batchResult;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.intThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(120)
class PipelineControlTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = PipelineFixtures.pipelineWorkflowExtension();

  /** Its own thread: the common pool has a single thread on two cores and may be busy. */
  private final ExecutorService caller = Executors.newSingleThreadExecutor();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopCaller() {
    caller.shutdownNow();
  }
  private final AtomicInteger firstWindowStarted = new AtomicInteger();

  /** Six batches; the first two (one window) wait for {@link #release}. */
  private PipelineActivities activitiesHoldingTheFirstWindow() {
    PipelineActivities activities = activitiesWithBatches(6);
    when(activities.processBatch(anyString(), intThat(i -> i < 2))).thenAnswer(call -> {
      firstWindowStarted.incrementAndGet();
      release.await();
      return batchResult(call.getArgument(1));
    });
    return activities;
  }

  /** Starts a run of six batches and returns once its first window is in flight and held. */
  private PipelineActivities startWithTheFirstWindowHeld(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow, String runId) {
    PipelineActivities activities = activitiesHoldingTheFirstWindow();
    worker.registerActivitiesImplementations(activities);
    env.start();
    WorkflowClient.start(workflow::run, request(runId, 2));
    await().atMost(Duration.ofSeconds(30)).until(() -> firstWindowStarted.get() == 2);
    return activities;
  }

  @Test
  void pauseDrainsTheWindowStartsNothingNewAndResumeCarriesOn(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = startWithTheFirstWindowHeld(env, worker, workflow, "pause");

    CompletableFuture<RunState> pausing = CompletableFuture.supplyAsync(workflow::pause, caller);
    await().atMost(Duration.ofSeconds(30)).until(() -> workflow.progress().state() == RunState.RUNNING && !pausing.isDone());
    release.countDown();

    assertThat(pausing.join()).isEqualTo(RunState.PAUSED);
    PipelineProgress paused = workflow.progress();
    assertThat(paused.state()).isEqualTo(RunState.PAUSED);
    assertThat(paused.batchesCompleted()).isEqualTo(2);
    verify(activities, never()).processBatch("pause", 2);
    assertThat(workflow.pause()).isEqualTo(RunState.PAUSED);

    assertThat(workflow.resume()).isNotEqualTo(RunState.PAUSED);
    PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);
    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(result.progress().batchesCompleted()).isEqualTo(6);
    verify(activities, times(6)).processBatch(eq("pause"), anyInt());
    verify(activities).announce(eq("pause"), eq("paused"), eq(new DocumentCounts(20, 18, 2)), eq(1));
    verify(activities).announce(eq("pause"), eq("resumed"), any(), eq(1));
  }

  @Test
  void cancelLetsTheBatchesInFlightFinishAndEndsCancelledWithTheirCounts(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = startWithTheFirstWindowHeld(env, worker, workflow, "cancel");

    WorkflowStub.fromTyped(workflow).cancel();
    release.countDown();

    assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
    verify(activities).finish(argThat(o -> o.state() == RunState.CANCELLED
        && o.counts().equals(new DocumentCounts(20, 18, 2))));
    verify(activities, never()).processBatch("cancel", 2);
    verify(activities, never()).mergeFrom(anyString(), any(), anyInt());
    assertThat(workflow.progress().state()).isEqualTo(RunState.CANCELLED);
  }

  @Test
  void cancellingAPausedRunEndsItCancelledWithItsCountsAndStartsNoFurtherBatch(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    PipelineActivities activities = startWithTheFirstWindowHeld(env, worker, workflow, "cancel-paused");
    WorkflowUpdateHandle<RunState> pausing =
        WorkflowStub.fromTyped(workflow).startUpdate("pause", WorkflowUpdateStage.ACCEPTED, RunState.class);
    release.countDown();
    assertThat(pausing.getResult(30, TimeUnit.SECONDS)).isEqualTo(RunState.PAUSED);
    // Cancel once the run is waiting for a resume, not while its "paused" announcement is still scheduled:
    // a cancel in that instant once left the time-skipping test server's next workflow task open for good.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        verify(activities).announce(eq("cancel-paused"), eq("paused"), eq(new DocumentCounts(20, 18, 2)), eq(1)));

    WorkflowStub.fromTyped(workflow).cancel();

    assertThatThrownBy(() -> WorkflowStub.fromTyped(workflow).getResult(30, TimeUnit.SECONDS, PipelineResult.class))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
    verify(activities).finish(argThat(o -> o.state() == RunState.CANCELLED
        && o.counts().equals(new DocumentCounts(20, 18, 2))));
    verify(activities, times(2)).processBatch(eq("cancel-paused"), anyInt());
    verify(activities, never()).announce(anyString(), eq("resumed"), any(), anyInt());
    verify(activities, never()).mergeFrom(anyString(), any(), anyInt());
    PipelineProgress cancelled = workflow.progress();
    assertThat(cancelled.state()).isEqualTo(RunState.CANCELLED);
    assertThat(cancelled.batchesCompleted()).isEqualTo(2);
  }
}
