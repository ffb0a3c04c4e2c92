package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guarantee: a long run continues as new before Temporal's history limit, carrying only its cursor, and
 * every batch is processed exactly once across the chain of executions.
 */
class ContinueAsNewTest {
  private static final int BATCHES = 20_000;
  private static final int WINDOW = 32;
  /** Events one batch can add after the bound is reached: the window drains, each batch costing a few events. */
  private static final int DRAIN_ALLOWANCE = WINDOW * 10;

  @Test
  void twentyThousandBatchesRunAsAChainOfBoundedExecutionsWhoseCountsAddUp() {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker(PipelineDefaults.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class);
      PipelineActivities activities = activitiesWithBatches(BATCHES);
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class,
          WorkflowOptions.newBuilder().setWorkflowId("long").setTaskQueue(PipelineDefaults.TASK_QUEUE).build());

      WorkflowExecution first = WorkflowClient.start(workflow::run, request("long", WINDOW));
      PipelineResult result = WorkflowStub.fromTyped(workflow).getResult(PipelineResult.class);

      List<WorkflowExecutionHistory> chain = chainFrom(client, first);
      assertThat(chain).hasSizeGreaterThan(1);
      assertThat(chain).allSatisfy(history ->
          assertThat(history.getEvents()).hasSizeLessThanOrEqualTo(PipelineDefaults.MAX_HISTORY_EVENTS + DRAIN_ALLOWANCE));
      long batchesScheduled = chain.stream().mapToLong(ContinueAsNewTest::batchesScheduled).sum();
      assertThat(batchesScheduled).isEqualTo(BATCHES);
      for (int i = 0; i < BATCHES; i += 997) {
        verify(activities, times(1)).processBatch("long", i);
      }
      verify(activities, times(1)).plan(anyString());
      assertThat(PipelineFixtures.verifyAppendsChainInto(activities, "long", BATCHES)).isNotEmpty();
      assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
      assertThat(result.progress().batchesCompleted()).isEqualTo(BATCHES);
      assertThat(result.progress().counts()).isEqualTo(new DocumentCounts(
          (long) BATCHES * PipelineFixtures.DOCS_PER_BATCH,
          (long) BATCHES * (PipelineFixtures.DOCS_PER_BATCH - PipelineFixtures.QUARANTINED_PER_BATCH),
          (long) BATCHES * PipelineFixtures.QUARANTINED_PER_BATCH));
    }
  }

  /** The histories of every execution of the run, following each continue-as-new to the next. */
  private static List<WorkflowExecutionHistory> chainFrom(WorkflowClient client, WorkflowExecution first) {
    List<WorkflowExecutionHistory> chain = new ArrayList<>();
    String runId = first.getRunId();
    while (runId != null) {
      WorkflowExecutionHistory history = client.fetchHistory(first.getWorkflowId(), runId);
      chain.add(history);
      HistoryEvent last = history.getLastEvent();
      runId = last.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
          ? last.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId()
          : null;
    }
    return chain;
  }

  private static long batchesScheduled(WorkflowExecutionHistory history) {
    return history.getEvents().stream()
        .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
        .filter(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName().equals("ProcessBatch"))
        .count();
  }
}
