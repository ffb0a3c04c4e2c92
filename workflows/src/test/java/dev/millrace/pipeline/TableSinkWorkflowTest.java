package dev.millrace.pipeline;

import static dev.millrace.pipeline.PipelineFixtures.activitiesWithBatches;
import static dev.millrace.pipeline.PipelineFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The table sink beside the artifact, on the time-skipping test server with mocked activities. */
@Timeout(120)
class TableSinkWorkflowTest {
  private static final TableSink SINK = new TableSink("jdbc:postgresql://db.invalid/docs", TableSink.DEFAULT_TABLE);

  @RegisterExtension
  static final TestWorkflowExtension temporal = PipelineFixtures.pipelineWorkflowExtension();

  private final PipelineActivities activities = activitiesWithBatches(3);
  private final TableSinkActivities table = mock(TableSinkActivities.class, withSettings().withoutAnnotations());

  @Test
  void aTableExportThatKeepsFailingLeavesTheArtifactAndTheRunCompleteAndIsReportedBySink(
      TestWorkflowEnvironment env, Worker worker) throws Exception {
    when(table.exportToTable(anyString(), anyInt(), any())).thenThrow(new IllegalStateException("Connection refused"));

    PipelineResult result = run(env, worker, request("table-down", 2).withTableSink(SINK));

    List<SinkOutcome> expected = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null),
        SinkOutcome.failed(SinkOutcome.TABLE, "Connection refused"));
    assertThat(result.progress().state()).isEqualTo(RunState.COMPLETED);
    assertThat(result.progress().sinks()).isEqualTo(expected);
    verify(table, times(PipelineDefaults.TABLE_EXPORT_ATTEMPTS)).exportToTable("table-down", 3, SINK);
    verify(activities).mergeFrom("table-down", MergeCursor.START, 3);
    verify(activities).finish(argThat(o -> o.state() == RunState.COMPLETED && o.sinks().equals(expected)));
  }

  @Test
  void aTableExportThatSucceedsIsReportedWithItsRows(TestWorkflowEnvironment env, Worker worker) throws Exception {
    when(table.exportToTable(anyString(), anyInt(), any())).thenReturn(27L);

    PipelineResult result = run(env, worker, request("table-up", 2).withTableSink(SINK));

    assertThat(result.progress().sinks()).extracting(SinkOutcome::describe)
        .containsExactly("artifact: ok", "table: ok (27 rows)");
    verify(activities).mergeFrom("table-up", MergeCursor.START, 3);
    verify(activities).finish(argThat(o -> o.sinks().equals(result.progress().sinks())));
  }

  @Test
  void aRunWithoutTableSinkExportsNothingAndReportsTheArtifact(TestWorkflowEnvironment env, Worker worker)
      throws Exception {
    PipelineResult result = run(env, worker, request("no-table", 2));

    assertThat(result.progress().sinks()).extracting(SinkOutcome::describe).containsExactly("artifact: ok");
    verify(table, times(0)).exportToTable(anyString(), anyInt(), any());
    verify(activities).finish(argThat(o -> o.sinks().equals(result.progress().sinks())));
  }

  private PipelineResult run(TestWorkflowEnvironment env, Worker worker, PipelineRequest request) throws Exception {
    worker.registerActivitiesImplementations(activities, table);
    env.start();
    DocumentPipelineWorkflow workflow = env.getWorkflowClient().newWorkflowStub(DocumentPipelineWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(worker.getTaskQueue()).setWorkflowId(request.runId()).build());
    WorkflowClient.start(workflow::run, request);
    return WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, PipelineResult.class);
  }
}
