package dev.millrace.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.RunOutcome;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.Database;
import dev.millrace.store.RunRegistry;
import dev.millrace.store.testing.TestDatabase;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start registers the run first; no worker polls here, so only the registry can answer. */
class MillraceClientTest {
  @TempDir Path dir;
  private TestWorkflowEnvironment temporal;
  private Database database;
  private RunRegistry runs;
  private MillraceClient client;

  @BeforeEach
  void open() {
    temporal = TestWorkflowEnvironment.newInstance();
    database = TestDatabase.H2.open(dir);
    runs = new RunRegistry(database.dataSource());
    client = new MillraceClient(temporal.getWorkflowClient(), runs, "no-worker-polls-this");
  }

  @AfterEach
  void close() {
    temporal.close();
    database.close();
  }

  @Test
  void statusAnswersTheMomentStartReturns() {
    client.start(request("r-1"));

    PipelineProgress progress = client.progress("r-1");

    assertThat(progress.runId()).isEqualTo("r-1");
    assertThat(progress.state()).isEqualTo(RunState.REGISTERED);
    assertThat(runs.find("r-1").orElseThrow().toRequest()).isEqualTo(request("r-1"));
  }

  @Test
  void aSecondStartOfTheSameRunIsAConflictNamingTheRun() {
    client.start(request("r-2"));

    assertThatThrownBy(() -> client.start(request("r-2")))
        .isInstanceOf(RunConflictException.class)
        .hasMessageContaining("Run r-2 already exists (REGISTERED");
  }

  @Test
  void aRunRegisteredElsewhereCannotBeStartedAgainEvenIfTemporalNeverHeardOfIt() {
    runs.register(request("r-3"));

    assertThatThrownBy(() -> client.start(request("r-3"))).isInstanceOf(RunConflictException.class);
  }

  @Test
  void resumeUsesTheStoredParametersAndRefusesWhatCannotBeResumed() {
    runs.register(request("r-4"));

    assertThat(client.resumeFromCheckpoints("r-4")).isEqualTo(request("r-4"));
    assertThatThrownBy(() -> client.resumeFromCheckpoints("r-4")).isInstanceOf(RunConflictException.class)
        .hasMessageContaining("r-4 is already running");
    assertThatThrownBy(() -> client.resumeFromCheckpoints("never-registered")).isInstanceOf(RunNotFoundException.class);

    runs.register(request("r-5"));
    runs.recordOutcome(new RunOutcome("r-5", RunState.COMPLETED, DocumentCounts.ZERO, "/out", null));
    assertThatThrownBy(() -> client.resumeFromCheckpoints("r-5")).isInstanceOf(RunConflictException.class)
        .hasMessageContaining("already completed");
  }

  @Test
  void aStartThatTimesOutIsTriedAgainAndAnAttemptThatReachedTheServiceCountsAsTheStart() {
    MillraceClient flaky = clientWhoseStarts(new FailingStarts(Status.DEADLINE_EXCEEDED, 2, true));

    flaky.start(request("r-6"));

    assertThat(temporal.getWorkflowClient().fetchHistory("r-6").getEvents()).isNotEmpty();
    assertThatThrownBy(() -> client.resumeFromCheckpoints("r-6")).hasMessageContaining("r-6 is already running");
  }

  @Test
  void aStartRefusedForGoodLeavesTheRunRegisteredAndSaysHowToStartItLater() {
    MillraceClient refused = clientWhoseStarts(new FailingStarts(Status.PERMISSION_DENIED, Integer.MAX_VALUE, false));

    assertThatThrownBy(() -> refused.start(request("r-7")))
        .isInstanceOf(RunStartException.class)
        .hasMessageContaining("Run r-7 is registered but its workflow could not be started after 1 attempt(s)")
        .hasMessageContaining("PERMISSION_DENIED")
        .hasMessageContaining("--resume r-7");
    assertThat(runs.find("r-7")).isPresent();
  }

  private MillraceClient clientWhoseStarts(FailingStarts failures) {
    WorkflowClient intercepted = WorkflowClient.newInstance(temporal.getWorkflowServiceStubs(),
        WorkflowClientOptions.newBuilder().setInterceptors(failures).build());
    return new MillraceClient(intercepted, runs, "no-worker-polls-this");
  }

  /** Fails the first starts with a gRPC status, optionally after passing them on to the service. */
  private static final class FailingStarts extends WorkflowClientInterceptorBase {
    private final Status status;
    private final AtomicInteger failuresLeft;
    private final boolean reachService;

    FailingStarts(Status status, int failures, boolean reachService) {
      this.status = status;
      this.failuresLeft = new AtomicInteger(failures);
      this.reachService = reachService;
    }

    @Override
    public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(WorkflowClientCallsInterceptor next) {
      return new WorkflowClientCallsInterceptorBase(next) {
        @Override
        public WorkflowStartOutput start(WorkflowStartInput input) {
          if (failuresLeft.getAndDecrement() > 0) {
            if (reachService) {
              super.start(input);
            }
            throw new StatusRuntimeException(status);
          }
          return super.start(input);
        }
      };
    }
  }

  @Test
  void anUnknownRunIsNotFound() {
    assertThatThrownBy(() -> client.progress("nobody")).isInstanceOf(RunNotFoundException.class);
  }

  private static PipelineRequest request(String runId) {
    return new PipelineRequest(runId, "/in.jsonl", "/out/" + runId + ".jsonl",
        new ChunkingParameters(10, 100, List.of("whitespace")), 2, null);
  }
}
