package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.dropped;
import static dev.millrace.patterns.TraceEvent.reached;
import static dev.millrace.patterns.TraceEvent.received;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.patterns.TraceEvent.Kind;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** State-based patterns and triggers (WCP-16-18, 23, 24, 39, 40). */
class StatePatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp16DeferredChoiceTakesTheFirstOfferAndWithdrawsTheOthers() {
    DeferredChoiceWorkflow workflow = env.newWorkflow(DeferredChoiceWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.offer("C");
    workflow.offer("B");
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("C");
    assertThat(trace.before(received("offer C"), dropped("offer B"))).isTrue();
    assertThat(env.performedIn(workflow)).containsExactly("C");
  }

  @Test
  void wcp16DeferredChoiceFallsToTheTimeoutBranchWithoutAnOffer() {
    Trace trace = env.newWorkflow(DeferredChoiceWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("T");
  }

  @Test
  void wcp17InterleavedParallelRoutingKeepsThePartialOrderAndNeverOverlaps() {
    Trace trace = env.newWorkflow(InterleavedParallelRoutingWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactlyInAnyOrder("A", "B", "C", "D");
    assertThat(trace.exclusive()).isTrue();
    assertThat(trace.before(completed("A"), started("C"))).isTrue();
    assertThat(trace.before(completed("B"), started("D"))).isTrue();
  }

  @Test
  void wcp18MilestoneEnablesBOnlyWhileTheCaseIsAtTheMilestone() {
    MilestoneWorkflow workflow = env.newWorkflow(MilestoneWorkflow.class);
    WorkflowClient.start(workflow::run);

    assertThatThrownBy(workflow::requestB).as("before").isInstanceOf(WorkflowUpdateException.class);
    env.skip(Duration.ofSeconds(MilestoneWorkflowImpl.A_SECONDS));
    workflow.awaitEvent(reached("milestone"));
    workflow.requestB();
    env.skip(MilestoneWorkflowImpl.WINDOW);
    workflow.awaitEvent(reached("past milestone"));
    assertThatThrownBy(workflow::requestB).as("after").isInstanceOf(WorkflowUpdateException.class);
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.count(started("B"))).isEqualTo(1);
    assertThat(trace.before(reached("milestone"), started("B"))).isTrue();
    assertThat(trace.before(started("B"), reached("past milestone"))).isTrue();
    assertThat(trace.tasks(Kind.COMPLETED)).contains("A", "B", "C");
  }

  @Test
  void wcp23TransientTriggerIsLostWhenNobodyWaitsAndHonouredWhenTheCaseWaits() {
    TransientTriggerWorkflow workflow = env.newWorkflow(TransientTriggerWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.trigger();
    env.skip(Duration.ofSeconds(TransientTriggerWorkflowImpl.A_SECONDS));
    workflow.awaitEvent(reached(TransientTriggerWorkflowImpl.WAITING));
    workflow.trigger();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.before(dropped("trigger"), completed("A"))).isTrue();
    assertThat(trace.before(reached(TransientTriggerWorkflowImpl.WAITING), received("trigger"))).isTrue();
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B");
  }

  @Test
  void wcp23TransientTriggerSentTooEarlyIsNotKept() {
    TransientTriggerWorkflow workflow = env.newWorkflow(TransientTriggerWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.trigger();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.DROPPED)).containsExactly("trigger");
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C");
    assertThat(env.performedIn(workflow)).doesNotContain("B");
  }

  @Test
  void wcp24PersistentTriggerSentEarlyIsKeptUntilConsumed() {
    PersistentTriggerWorkflow workflow = env.newWorkflow(PersistentTriggerWorkflow.class);
    WorkflowClient.start(workflow::run);

    workflow.trigger();
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.before(received("trigger"), completed("A"))).isTrue();
    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B");
    assertThat(env.performedIn(workflow)).doesNotContain("C");
  }

  @Test
  void wcp39CriticalSectionNeverInterleavesTheTwoRegions() {
    Trace trace = env.newWorkflow(CriticalSectionWorkflow.class).run();

    boolean firstRegionFirst = trace.before(completed("C"), started("E"));
    boolean secondRegionFirst = trace.before(completed("F"), started("B"));
    assertThat(firstRegionFirst || secondRegionFirst).as("one region ends before the other starts").isTrue();
    assertThat(trace.overlap("A", "D")).as("work outside the sections runs in parallel").isTrue();
  }

  @Test
  void wcp40InterleavedRoutingRunsEachTaskOnceNeverTwoAtOnce() {
    Trace trace = env.newWorkflow(InterleavedRoutingWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactlyInAnyOrder("A", "B", "C");
    assertThat(trace.exclusive()).isTrue();
  }
}
