package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.appended;
import static dev.millrace.pipeline.PipelineFixtures.batchResult;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static dev.millrace.pipeline.PipelineFixtures.verifyAppendsChainInto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Finished batches reach the partial artifact while later ones run, in order and each exactly once, so
 * that the merge at the end appends only the rest: no batch is appended before it finished, and every
 * append starts where the one before ended.
 */
class ArtifactAppendWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = PipelineFixtures.pipelineWorkflowExtension();

  @Test
  void finishedBatchesAreAppendedInOrderWhileLaterBatchesStillRun(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    int batches = 30;
    PipelineActivities activities = activitiesWithBatches(batches);
    Set<Integer> finished = ConcurrentHashMap.newKeySet();
    List<Integer> appendedUnfinished = Collections.synchronizedList(new ArrayList<>());
    when(activities.processBatch(anyString(), anyInt())).thenAnswer(call -> {
      finished.add(call.getArgument(1));
      return batchResult(call.getArgument(1));
    });
    when(activities.appendToArtifact(anyString(), any(), anyInt())).thenAnswer(call -> {
      MergeCursor from = call.getArgument(1);
      int toBatch = call.getArgument(2);
      for (int batch = from.nextBatch(); batch < toBatch; batch++) {
        if (!finished.contains(batch)) {
          appendedUnfinished.add(batch);
        }
      }
      return appended(toBatch);
    });
    worker.registerActivitiesImplementations(activities);
    env.start();

    PipelineResult result = workflow.run(request("appends", 4));

    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(appendedUnfinished).isEmpty();
    assertThat(verifyAppendsChainInto(activities, "appends", batches)).hasSizeGreaterThanOrEqualTo(2);
    List<String> scheduled = scheduledActivities(env, workflow);
    assertThat(scheduled.indexOf("AppendToArtifact")).isLessThan(scheduled.lastIndexOf("ProcessBatch"));
  }

  @Test
  void aRunContinuedFromACursorWithoutAppendsAppendsFromTheFirstBatch(
      TestWorkflowEnvironment env, Worker worker, DocumentPipelineWorkflow workflow) {
    int batches = 20;
    PipelineActivities activities = activitiesWithBatches(batches);
    worker.registerActivitiesImplementations(activities);
    env.start();
    RunPlan plan = new RunPlan(batches, batches * PipelineFixtures.DOCS_PER_BATCH, "hash");
    PipelineCursor beforeAppends = new PipelineCursor(10, plan, DocumentCounts.ZERO, 0, null);

    workflow.run(request("continued", 4).continuingAt(beforeAppends));

    verify(activities, never()).processBatch("continued", 9);
    verify(activities).processBatch("continued", 10);
    assertThat(verifyAppendsChainInto(activities, "continued", batches)).first().isEqualTo(MergeCursor.START);
  }

  private static List<String> scheduledActivities(TestWorkflowEnvironment env, DocumentPipelineWorkflow workflow) {
    String workflowId = WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId();
    List<String> types = new ArrayList<>();
    for (HistoryEvent event : env.getWorkflowClient().fetchHistory(workflowId).getEvents()) {
      if (event.hasActivityTaskScheduledEventAttributes()) {
        types.add(event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
      }
    }
    return types;
  }
}
