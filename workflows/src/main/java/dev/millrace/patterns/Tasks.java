package dev.millrace.patterns;

import io.temporal.activity.LocalActivityOptions;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs a pattern's named tasks and writes its trace. A task takes its duration on a durable timer
 * (skipped in tests) and then performs a local activity, so the order of events depends only on
 * the durations and never on how fast a worker thread happens to be. Workflow code only.
 */
final class Tasks {
  private static final LocalActivityOptions OPTIONS =
      LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build();

  private final PatternActivities activities =
      Workflow.newLocalActivityStub(PatternActivities.class, OPTIONS);
  private final List<TraceEvent> events = new ArrayList<>();

  /** Runs the task to completion; records it as cancelled if its scope is cancelled first. */
  String run(String task, int seconds) {
    note(TraceEvent.started(task));
    try {
      Workflow.sleep(Duration.ofSeconds(seconds));
      String result = activities.perform(task);
      note(TraceEvent.completed(task));
      return result;
    } catch (CanceledFailure withdrawn) {
      note(TraceEvent.cancelled(task));
      throw withdrawn;
    }
  }

  /** Runs the task while holding the lock, so no other task guarded by it runs at the same time. */
  String runExclusively(WorkflowLock lock, String task, int seconds) {
    lock.lock();
    try {
      return run(task, seconds);
    } finally {
      lock.unlock();
    }
  }

  /** Starts the task on its own workflow thread in the current cancellation scope. */
  Promise<String> start(String task, int seconds) {
    return Async.function(this::run, task, seconds);
  }

  /** Starts instances {@code task#1..n}; instance i takes {@code i * seconds}, so they finish in order. */
  List<Promise<String>> startInstances(String task, int instances, int seconds) {
    return IntStream.rangeClosed(1, instances)
        .mapToObj(i -> start(instance(task, i), i * seconds))
        .toList();
  }

  static String instance(String task, int number) {
    return task + "#" + number;
  }

  void note(TraceEvent event) {
    events.add(event);
  }

  /** Appends another run's trace, e.g. a child workflow's. */
  void include(Trace other) {
    events.addAll(other.events());
  }

  void awaitEvent(TraceEvent event) {
    Workflow.await(() -> events.contains(event));
  }

  Trace trace() {
    return new Trace(events);
  }
}
