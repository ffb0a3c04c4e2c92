package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.testing.TestWorkflowExtension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mockito.invocation.Invocation;

/** Requests and mocked activities shared by the pipeline's workflow tests. */
final class PipelineFixtures {
  static final int DOCS_PER_BATCH = 10;
  static final int QUARANTINED_PER_BATCH = 1;
  /** The length each batch adds to the artifact in the mocked appends. */
  static final long BYTES_PER_BATCH = 1_000;

  private PipelineFixtures() {}

  /** Time-skipping Temporal with the pipeline workflow registered, started once a test registered its activities. */
  static TestWorkflowExtension pipelineWorkflowExtension() {
    return TestWorkflowExtension.newBuilder()
        .registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class)
        .setDoNotStart(true)
        .build();
  }

  static PipelineRequest request(String runId, int window) {
    return new PipelineRequest(runId, "/in/" + runId + ".jsonl", "/out/" + runId + ".jsonl",
        ChunkingParameters.defaults(), window, null);
  }

  /** Activities whose plan has {@code batches} batches of ten documents, one of them quarantined. */
  static PipelineActivities activitiesWithBatches(int batches) {
    PipelineActivities activities = mock(PipelineActivities.class, withSettings().withoutAnnotations());
    when(activities.plan(anyString())).thenReturn(new RunPlan(batches, batches * DOCS_PER_BATCH, "hash"));
    when(activities.processBatch(anyString(), anyInt())).thenAnswer(call -> batchResult(call.getArgument(1)));
    when(activities.appendToArtifact(anyString(), any(), anyInt())).thenAnswer(call -> appended(call.getArgument(2)));
    return activities;
  }

  /** The cursor after the mocked append of every batch before {@code toBatch}. */
  static MergeCursor appended(int toBatch) {
    return new MergeCursor(toBatch, toBatch * BYTES_PER_BATCH);
  }

  /**
   * Checks that the run's appends, then its final merge, each carried on exactly where the one before left
   * off, from an empty artifact to its last batch, and that no run used the merge of runs before appends.
   *
   * @return the appends' cursors, in order
   */
  static List<MergeCursor> verifyAppendsChainInto(PipelineActivities activities, String runId, int batchCount) {
    List<Invocation> appends = mockingDetails(activities).getInvocations().stream()
        .filter(call -> call.getMethod().getName().equals("appendToArtifact") && call.getArgument(0).equals(runId))
        .sorted(Comparator.comparingInt(call -> call.<MergeCursor>getArgument(1).nextBatch()))
        .toList();
    List<MergeCursor> starts = new ArrayList<>();
    MergeCursor expected = MergeCursor.START;
    for (Invocation append : appends) {
      MergeCursor from = append.getArgument(1);
      int toBatch = append.getArgument(2);
      assertThat(from).isEqualTo(expected);
      assertThat(toBatch - from.nextBatch()).isGreaterThanOrEqualTo(PipelineDefaults.APPEND_EVERY_BATCHES);
      starts.add(from);
      expected = appended(toBatch);
    }
    verify(activities).mergeFrom(runId, expected, batchCount);
    verify(activities, never()).merge(anyString(), anyInt());
    return starts;
  }

  static BatchResult batchResult(int batchIndex) {
    return new BatchResult(batchIndex, DOCS_PER_BATCH, DOCS_PER_BATCH - QUARANTINED_PER_BATCH, QUARANTINED_PER_BATCH);
  }
}
