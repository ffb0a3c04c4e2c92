package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.cli.JarProcesses;
import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunConflictException;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.Database;
import dev.millrace.store.RunRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 4, limits of number: many runs registered and started at the same instant through
 * {@link MillraceClient} against a real dev server and worker process. Every distinct run is registered once
 * and completes with its documents accounted for; starts of one contested run id race and exactly one wins,
 * the others are refused with a message naming the run.
 */
class ConcurrentRunsReliabilityIT {
  private static final int CONTENDERS = 10;
  private static final int STARTING_THREADS = 32;

  @TempDir Path dir;

  @Test
  void manyRunsStartedAtOnceAreEachRegisteredOnceAndCompleteAndAContestedIdHasOneWinner() throws Exception {
    int runs = ReliabilitySize.current().pick(200, 1_000);
    Path data = dir.resolve("data");
    Path input = Files.writeString(dir.resolve("small.jsonl"),
        "{\"id\":1,\"text\":\"one\"}\n{\"id\":2,\"html\":\"<p>two</p>\"}\n{\"no\":\"id\"}\n");
    List<String> runIds = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      runIds.add(String.format(Locale.ROOT, "many-%04d", i));
    }

    try (Database database = Database.open(Database.embeddedUrl(data), null, null);
        JarProcesses processes = new JarProcesses(dir).withJvmOptions(LimitsReliabilityIT.MODEST_HEAP)) {
      String address = processes.startDevServer();
      processes.launch(dir.resolve("worker.log"), "worker", "--data-dir", data.toString());
      WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
      try {
        MillraceClient millrace = new MillraceClient(WorkflowClient.newInstance(service), new RunRegistry(database.dataSource()));
        List<Callable<Long>> starts = new ArrayList<>();
        for (String runId : runIds) {
          starts.add(() -> timedStart(millrace, request(runId, input, dir)));
        }
        for (int i = 0; i < CONTENDERS; i++) {
          starts.add(() -> timedStart(millrace, request("contested", input, dir)));
        }
        Collections.shuffle(starts);

        List<Future<Long>> started = startAllAtOnce(starts);

        List<Long> startMillis = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Future<Long> future : started) {
          try {
            startMillis.add(future.get());
          } catch (ExecutionException e) {
            assertThat(e.getCause()).as("%s", causes(e.getCause())).isInstanceOf(RunConflictException.class);
            refusals.add(e.getCause().getMessage());
          }
        }
        assertThat(refusals).hasSize(CONTENDERS - 1)
            .allSatisfy(message -> assertThat(message).startsWith("Run contested already exists"));
        assertThat(startMillis).hasSize(runs + 1);

        long completed = 0;
        for (String runId : runIds) {
          PipelineResult result = millrace.result(runId).get(ReliabilitySize.current().pick(10, 30), TimeUnit.MINUTES);
          PipelineProgress progress = result.progress();
          assertThat(progress.state()).as(runId).isEqualTo(RunState.COMPLETED);
          assertThat(progress.counts().documentsIn()).isEqualTo(3);
          assertThat(progress.counts().documentsOut()).isEqualTo(2);
          assertThat(progress.counts().documentsQuarantined()).isEqualTo(1);
          assertThat(Files.readAllLines(Path.of(result.artifact()))).hasSize(2);
          completed++;
        }
        assertThat(millrace.result("contested").get(10, TimeUnit.MINUTES).progress().state()).isEqualTo(RunState.COMPLETED);
        List<String> registered = millrace.list(Optional.empty(), runs * 2).stream().map(r -> r.runId()).toList();
        assertThat(registered).hasSize(runs + 1).doesNotHaveDuplicates().containsAll(runIds).contains("contested");

        Collections.sort(startMillis);
        ReliabilityReport.write(new ReliabilityReport.Row("4c limits: runs started at once",
            String.format(Locale.ROOT, "%d runs + 1 id started %d times, from %d threads (latency: start call)", runs,
                CONTENDERS, STARTING_THREADS),
            "none", completed + 1, runs + 1, runs + 1 - registered.size(), registered.size() - (runs + 1),
            percentile(startMillis, 50), percentile(startMillis, 95), percentile(startMillis, 99)));
      } finally {
        service.shutdown();
      }
    }
  }

  private static PipelineRequest request(String runId, Path input, Path dir) {
    ChunkingParameters chunking =
        new ChunkingParameters(PipelineDefaults.BATCH_SIZE, PipelineDefaults.MAX_DOCUMENT_BYTES, List.of("html", "whitespace"));
    return new PipelineRequest(runId, input.toString(), dir.resolve("artifacts").resolve(runId + ".jsonl").toString(),
        chunking, 1, null);
  }

  /** Runs each start once all threads are ready, so they hit the registry and Temporal together. */
  private static List<Future<Long>> startAllAtOnce(List<Callable<Long>> starts) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(STARTING_THREADS);
    CountDownLatch ready = new CountDownLatch(1);
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (Callable<Long> start : starts) {
        futures.add(threads.submit(() -> {
          ready.await();
          return start.call();
        }));
      }
      ready.countDown();
      threads.shutdown();
      assertThat(threads.awaitTermination(10, TimeUnit.MINUTES)).as("every start returned").isTrue();
      return futures;
    } finally {
      threads.shutdownNow();
    }
  }

  private static long timedStart(MillraceClient millrace, PipelineRequest request) {
    long started = System.nanoTime();
    millrace.start(request);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  private static String causes(Throwable e) {
    StringBuilder chain = new StringBuilder();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      chain.append(" <- ").append(cause);
    }
    return chain.toString();
  }

  private static String percentile(List<Long> sortedMillis, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.size()) - 1;
    return sortedMillis.get(Math.max(0, index)) + " ms";
  }
}
