package dev.millrace.pipeline;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** Requests and mocked activities shared by the pipeline's workflow tests. */
final class PipelineFixtures {
  static final int DOCS_PER_BATCH = 10;
  static final int QUARANTINED_PER_BATCH = 1;

  private PipelineFixtures() {}

  static PipelineRequest request(String runId, int window) {
    return new PipelineRequest(runId, "/in/" + runId + ".jsonl", "/out/" + runId + ".jsonl",
        ChunkingParameters.defaults(), window, null);
  }

  /** Activities whose plan has {@code batches} batches of ten documents, one of them quarantined. */
  static PipelineActivities activitiesWithBatches(int batches) {
    PipelineActivities activities = mock(PipelineActivities.class, withSettings().withoutAnnotations());
    when(activities.plan(anyString())).thenReturn(new RunPlan(batches, batches * DOCS_PER_BATCH, "hash"));
    when(activities.processBatch(anyString(), anyInt())).thenAnswer(call -> batchResult(call.getArgument(1)));
    return activities;
  }

  static BatchResult batchResult(int batchIndex) {
    return new BatchResult(batchIndex, DOCS_PER_BATCH, DOCS_PER_BATCH - QUARANTINED_PER_BATCH, QUARANTINED_PER_BATCH);
  }
}
