package dev.millrace.pipeline;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** The durable document pipeline: one execution chain per run, whose workflow id is the run id. */
@WorkflowInterface
public interface DocumentPipelineWorkflow {
  @WorkflowMethod
  PipelineResult run(PipelineRequest request);

  @QueryMethod
  PipelineProgress progress();
}
