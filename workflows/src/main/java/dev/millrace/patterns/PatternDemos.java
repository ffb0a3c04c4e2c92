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
    return context.startAndDrive(
        DynamicInstancesWorkflow.class,
        w -> WorkflowClient.start(w::run),
        w -> {
          w.addInstance(2);
          w.addInstance(4);
          w.close();
        });
  }

  static Trace deferredChoice(DemoContext context) {
    return context.startAndDrive(
        DeferredChoiceWorkflow.class,
        w -> WorkflowClient.start(w::run),
        w -> {
          w.offer("C");
          w.offer("B");
        });
  }

  /** Asks for B before the milestone (refused), then at it (granted). */
  static Trace milestone(DemoContext context) {
    return context.startAndDrive(
        MilestoneWorkflow.class,
        w -> WorkflowClient.start(w::run),
        w -> {
          try {
            w.requestB();
          } catch (WorkflowUpdateException refused) {
            // expected: the case is not at its milestone yet, and the refusal leaves no trace
          }
          w.awaitEvent(TraceEvent.reached("milestone"));
          w.requestB();
        });
  }

  static Trace cancelTask(DemoContext context) {
    return context.startAndDrive(
        CancelTaskWorkflow.class, w -> WorkflowClient.start(w::run), CancelTaskWorkflow::cancelB);
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
    return context.startAndDrive(
        TransientTriggerWorkflow.class,
        w -> WorkflowClient.start(w::run),
        w -> {
          w.trigger();
          w.awaitEvent(TraceEvent.reached(TransientTriggerWorkflowImpl.WAITING));
          w.trigger();
        });
  }

  /** Triggers while A runs; the trigger is kept until the case consumes it. */
  static Trace persistentTrigger(DemoContext context) {
    return context.startAndDrive(
        PersistentTriggerWorkflow.class, w -> WorkflowClient.start(w::run), PersistentTriggerWorkflow::trigger);
  }

  static Trace cancelRegion(DemoContext context) {
    return context.startAndDrive(
        CancelRegionWorkflow.class, w -> WorkflowClient.start(w::run), CancelRegionWorkflow::cancelRegion);
  }

  static Trace cancelInstances(DemoContext context) {
    return context.startAndDrive(
        CancelInstancesWorkflow.class,
        w -> WorkflowClient.start(w::run, 3),
        CancelInstancesWorkflow::cancelInstances);
  }

  /** Completes the activity once two of three instances have finished. */
  static Trace completeInstances(DemoContext context) {
    return context.startAndDrive(
        CompleteInstancesWorkflow.class,
        w -> WorkflowClient.start(w::run, 3),
        w -> {
          w.awaitEvent(TraceEvent.completed("B#2"));
          w.complete();
        });
  }

  /** Adds three instances; the join fires on the second completion. */
  static Trace dynamicPartialJoin(DemoContext context) {
    return context.startAndDrive(
        DynamicPartialJoinInstancesWorkflow.class,
        w -> WorkflowClient.start(w::run, 2),
        w -> {
          w.addInstance(4);
          w.addInstance(8);
          w.addInstance(2);
        });
  }
}
