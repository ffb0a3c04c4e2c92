package dev.millrace.patterns;

import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A set of tasks that can be withdrawn together: cancel task, cancel region, cancelling joins and
 * explicit termination all need "cancel what is still running, keep what finished". Each task gets
 * its own cancellation scope, so tasks can join the region after it started.
 */
final class Region {
  private final Tasks tasks;
  private final List<CancellationScope> scopes = new ArrayList<>();
  private final List<Promise<String>> promises = new ArrayList<>();

  Region(Tasks tasks) {
    this.tasks = tasks;
  }

  Promise<String> start(String task, int seconds) {
    List<Promise<String>> started = new ArrayList<>(1);
    CancellationScope scope =
        Workflow.newCancellationScope(() -> started.add(tasks.start(task, seconds)));
    scope.run();
    scopes.add(scope);
    promises.add(started.get(0));
    return started.get(0);
  }

  /** Starts instances {@code task#1..n}; instance i takes {@code i * seconds}. */
  List<Promise<String>> startInstances(String task, int instances, int seconds) {
    return IntStream.rangeClosed(1, instances)
        .mapToObj(i -> start(Tasks.instance(task, i), i * seconds))
        .toList();
  }

  /**
   * Waits until either the request is made or every task has finished; on a request withdraws what
   * is still running.
   */
  void cancelWhen(Supplier<Boolean> requested) {
    Workflow.await(() -> requested.get() || settled());
    if (requested.get()) {
      cancel();
    }
  }

  /** Withdraws every task still running and waits until each has finished or been withdrawn. */
  void cancel() {
    scopes.forEach(CancellationScope::cancel);
    awaitSettled();
  }

  /** Waits until every task has finished or been withdrawn. */
  void awaitSettled() {
    Promise.allOf(promises.stream().map(p -> p.handle((value, failure) -> value)).toList()).get();
  }

  /**
   * Waits until every task has finished or been withdrawn, then returns their results, or throws
   * the first failure (a withdrawal is a {@code CanceledFailure}).
   */
  List<String> join() {
    awaitSettled();
    return promises.stream().map(Promise::get).toList();
  }

  /** Results of the tasks that completed, in the order they were started. */
  List<String> completedResults() {
    return promises.stream()
        .filter(p -> p.isCompleted() && p.getFailure() == null)
        .map(Promise::get)
        .toList();
  }

  /** True once every task in the region has finished or been withdrawn. */
  boolean settled() {
    return promises.stream().allMatch(Promise::isCompleted);
  }
}
