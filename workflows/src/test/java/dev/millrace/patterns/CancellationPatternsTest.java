package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.patterns.TraceEvent.Kind;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.CanceledFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Withdrawing work: cancel task, case, region, instances; completing instances (WCP-19, 20, 25-27). */
class CancellationPatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp19CancelTaskWithdrawsOnlyThatTask() {
    CancelTaskWorkflow workflow = env.newWorkflow(CancelTaskWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.cancelB();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.CANCELLED)).containsExactly("B");
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C", "D");
    assertThat(env.performedIn(workflow)).containsExactly("A", "C", "D");
  }

  @Test
  void wcp19WithoutACancelTheTaskRunsToCompletion() {
    Trace trace = env.newWorkflow(CancelTaskWorkflow.class).run();

    assertThat(trace.tasks(Kind.CANCELLED)).isEmpty();
    assertThat(trace.before(completed("B"), started("D"))).isTrue();
  }

  @Test
  void wcp20CancelCaseWithdrawsEverythingAndEndsTheCaseAsCancelled() {
    CancelCaseWorkflow workflow = env.newWorkflow(CancelCaseWorkflow.class);
    WorkflowClient.start(workflow::run);
    workflow.awaitEvent(started("C"));

    WorkflowStub.fromTyped(workflow).cancel();

    assertThatThrownBy(() -> DemoContext.resultOf(workflow))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
    Trace trace = workflow.trace();
    assertThat(trace.tasks(Kind.CANCELLED)).containsExactlyInAnyOrder("B", "C");
    assertThat(trace.tasks(Kind.STARTED)).doesNotContain("D");
    assertThat(env.performedIn(workflow)).isEmpty();
  }

  @Test
  void wcp25CancelRegionWithdrawsTheRegionButNotTheTaskOutsideIt() {
    CancelRegionWorkflow workflow = env.newWorkflow(CancelRegionWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.cancelRegion();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.CANCELLED)).containsExactlyInAnyOrder("B", "C");
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "D", "E");
    assertThat(env.performedIn(workflow)).containsExactly("A", "D", "E");
  }

  @Test
  void wcp26CancelMultipleInstanceActivityWithdrawsEveryInstance() {
    CancelInstancesWorkflow workflow = env.newWorkflow(CancelInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 3);

    workflow.cancelInstances();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.CANCELLED)).containsExactlyInAnyOrder("B#1", "B#2", "B#3");
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C");
    assertThat(env.performedIn(workflow)).containsExactly("A", "C");
  }

  @Test
  void wcp27CompleteMultipleInstanceActivityKeepsFinishedResultsAndWithdrawsTheRest() {
    CompleteInstancesWorkflow workflow = env.newWorkflow(CompleteInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 3);
    env.skip(Duration.ofSeconds(5));
    workflow.awaitEvent(completed("B#2"));

    workflow.complete();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.CANCELLED)).containsExactly("B#3");
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("B#1", "B#2", "C[B#1, B#2]");
    assertThat(env.performedIn(workflow)).doesNotContain("B#3");
  }
}
