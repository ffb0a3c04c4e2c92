package dev.millrace.pipeline;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The durable document pipeline: one execution chain per run, whose workflow id is the run id.
 * Cancel it with Temporal's own cancellation: in-flight batches finish, then the run ends CANCELLED.
 */
@WorkflowInterface
public interface DocumentPipelineWorkflow {
  @WorkflowMethod
  PipelineResult run(PipelineRequest request);

  @QueryMethod
  PipelineProgress progress();

  /** Stops scheduling batches and returns once the window has drained (state PAUSED); idempotent. */
  @UpdateMethod
  RunState pause();

  @UpdateValidatorMethod(updateName = "pause")
  void validatePause();

  /** Lets a paused run schedule batches again; resuming a running run changes nothing. */
  @UpdateMethod
  RunState resume();

  @UpdateValidatorMethod(updateName = "resume")
  void validateResume();
}
