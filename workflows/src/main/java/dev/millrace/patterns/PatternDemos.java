package dev.millrace.patterns;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;

/**
 * The demonstrations of the patterns that need driving from outside: each starts its workflow,
 * sends the signals or updates the pattern is about (waiting through {@code awaitEvent}, never by
 * sleeping) and returns the trace.
 */
final class PatternDemos {
  private PatternDemos() {}

  static Trace dynamicInstances(DemoContext context) {
    DynamicInstancesWorkflow workflow = context.newWorkflow(DynamicInstancesWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.addInstance(2);
    workflow.addInstance(4);
    workflow.close();
    return DemoContext.resultOf(workflow);
  }

  static Trace deferredChoice(DemoContext context) {
    DeferredChoiceWorkflow workflow = context.newWorkflow(DeferredChoiceWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.offer("C");
    workflow.offer("B");
    return DemoContext.resultOf(workflow);
  }

  /** Asks for B before the milestone (refused), then at it (granted). */
  static Trace milestone(DemoContext context) {
    MilestoneWorkflow workflow = context.newWorkflow(MilestoneWorkflow.class);
    WorkflowClient.start(workflow::run);
    try {
      workflow.requestB();
    } catch (WorkflowUpdateException refused) {
      // expected: the case is not at its milestone yet, and the refusal leaves no trace
    }
    workflow.awaitEvent(TraceEvent.reached("milestone"));
    workflow.requestB();
    return DemoContext.resultOf(workflow);
  }

  static Trace cancelTask(DemoContext context) {
    CancelTaskWorkflow workflow = context.newWorkflow(CancelTaskWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.cancelB();
    return DemoContext.resultOf(workflow);
  }

  /** Cancels the case once both its tasks are running; the trace is then read by query. */
  static Trace cancelCase(DemoContext context) {
    CancelCaseWorkflow workflow = context.newWorkflow(CancelCaseWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.awaitEvent(TraceEvent.started("C"));
    WorkflowStub.fromTyped(workflow).cancel();
    try {
      DemoContext.resultOf(workflow);
    } catch (WorkflowFailedException cancelled) {
      // expected: the case ended as cancelled
    }
    return workflow.trace();
  }

  /** Triggers while A runs (lost), then while the case waits (honoured). */
  static Trace transientTrigger(DemoContext context) {
    TransientTriggerWorkflow workflow = context.newWorkflow(TransientTriggerWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.trigger();
    workflow.awaitEvent(TraceEvent.reached(TransientTriggerWorkflowImpl.WAITING));
    workflow.trigger();
    return DemoContext.resultOf(workflow);
  }

  /** Triggers while A runs; the trigger is kept until the case consumes it. */
  static Trace persistentTrigger(DemoContext context) {
    PersistentTriggerWorkflow workflow = context.newWorkflow(PersistentTriggerWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.trigger();
    return DemoContext.resultOf(workflow);
  }

  static Trace cancelRegion(DemoContext context) {
    CancelRegionWorkflow workflow = context.newWorkflow(CancelRegionWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.cancelRegion();
    return DemoContext.resultOf(workflow);
  }

  static Trace cancelInstances(DemoContext context) {
    CancelInstancesWorkflow workflow = context.newWorkflow(CancelInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 3);
    workflow.cancelInstances();
    return DemoContext.resultOf(workflow);
  }

  /** Completes the activity once two of three instances have finished. */
  static Trace completeInstances(DemoContext context) {
    CompleteInstancesWorkflow workflow = context.newWorkflow(CompleteInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 3);
    workflow.awaitEvent(TraceEvent.completed("B#2"));
    workflow.complete();
    return DemoContext.resultOf(workflow);
  }

  /** Adds three instances; the join fires on the second completion. */
  static Trace dynamicPartialJoin(DemoContext context) {
    DynamicPartialJoinInstancesWorkflow workflow =
        context.newWorkflow(DynamicPartialJoinInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 2);
    workflow.addInstance(10);
    workflow.addInstance(20);
    workflow.addInstance(5);
    return DemoContext.resultOf(workflow);
  }
}
