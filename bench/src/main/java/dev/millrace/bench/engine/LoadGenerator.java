package dev.millrace.bench.engine;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side of every measurement, identical for each worker set-up: its own connection, and a
 * client that differs only in the payload converter the worker expects.
 */
final class LoadGenerator implements AutoCloseable {
  private static final Duration WORKFLOW_TIMEOUT = Duration.ofMinutes(2);

  private final WorkflowServiceStubs service;

  LoadGenerator(String address) {
    service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
  }

  /**
   * Closed loop: {@code callers} threads each start a workflow and wait for its result, again and again,
   * for the given time.
   *
   * @return workflows completed per second
   */
  double saturate(EngineWorker worker, int activities, int callers, Duration duration) throws InterruptedException {
    WorkflowClient client = clientFor(worker);
    AtomicInteger completed = new AtomicInteger();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<CompletableFuture<Void>> loops = new CopyOnWriteArrayList<>();
    for (int i = 0; i < callers; i++) {
      loops.add(CompletableFuture.runAsync(() -> {
        while (System.nanoTime() < deadline) {
          check(activities, newStub(client, worker).run(activities));
          if (System.nanoTime() < deadline) {
            completed.incrementAndGet();
          }
        }
      }, pool));
    }
    awaitAll(loops, duration.plus(WORKFLOW_TIMEOUT));
    pool.shutdown();
    return completed.get() / (duration.toNanos() / 1e9);
  }

  /**
   * Open loop: starts workflows at a fixed rate for the given time, whatever the worker's pace, then waits
   * until every one has completed.
   *
   * @return how many workflows were started (and completed)
   */
  int offer(EngineWorker worker, int activities, double perSecond, Duration duration) throws InterruptedException {
    WorkflowClient client = clientFor(worker);
    List<CompletableFuture<Void>> results = new CopyOnWriteArrayList<>();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ScheduledFuture<?> ticks = ticker.scheduleAtFixedRate(() -> {
      EchoWorkflow stub = newStub(client, worker);
      WorkflowClient.start(stub::run, activities);
      results.add(WorkflowStub.fromTyped(stub).getResultAsync(Integer.class).thenAccept(done -> check(activities, done)));
    }, 0, Math.round(1e9 / perSecond), TimeUnit.NANOSECONDS);
    ticker.awaitTermination(duration.toMillis(), TimeUnit.MILLISECONDS);
    ticks.cancel(false);
    ticker.shutdown();
    ticker.awaitTermination(1, TimeUnit.MINUTES);
    awaitAll(results, WORKFLOW_TIMEOUT);
    return results.size();
  }

  @Override
  public void close() {
    service.shutdown();
  }

  private WorkflowClient clientFor(EngineWorker worker) {
    return WorkflowClient.newInstance(service,
        WorkflowClientOptions.newBuilder().setDataConverter(worker.dataConverter()).build());
  }

  private static EchoWorkflow newStub(WorkflowClient client, EngineWorker worker) {
    return client.newWorkflowStub(EchoWorkflow.class, WorkflowOptions.newBuilder()
        .setTaskQueue(worker.taskQueue())
        .setWorkflowId("engine-" + UUID.randomUUID())
        .setWorkflowExecutionTimeout(WORKFLOW_TIMEOUT)
        .build());
  }

  private static void check(int expected, int done) {
    if (done != expected) {
      throw new IllegalStateException("A workflow ran " + done + " of its " + expected + " activities");
    }
  }

  private static void awaitAll(List<CompletableFuture<Void>> futures, Duration limit) throws InterruptedException {
    try {
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A benchmark workflow failed", e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Benchmark workflows were still running after " + limit, e);
    }
  }
}
