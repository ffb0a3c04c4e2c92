package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.cancelled;
import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.patterns.TraceEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discriminators and partial joins (WCP-9, 28-32), the generalised AND-join (33), OR-join (37). */
class JoinPatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp9StructuredDiscriminatorLetsOnlyTheFirstArrivalThroughAndResetsWhenAllArrived() {
    Trace trace = env.newWorkflow(StructuredPartialJoinWorkflow.class).run(1);

    assertThat(trace.before(completed("B"), started("E"))).isTrue();
    assertThat(trace.before(started("E"), completed("C"))).as("E does not wait for C").isTrue();
    assertThat(trace.count(started("E"))).as("later arrivals are ignored").isEqualTo(1);
    assertThat(trace.tasks(Kind.COMPLETED)).contains("C", "D");
    assertThat(trace.before(completed("D"), started("F"))).as("the block ends after the reset").isTrue();
  }

  @Test
  void wcp30StructuredPartialJoinFiresOnTheNthArrivalNotBefore() {
    Trace trace = env.newWorkflow(StructuredPartialJoinWorkflow.class).run(2);

    assertThat(trace.before(completed("C"), started("E"))).as("not after the first arrival").isTrue();
    assertThat(trace.before(started("E"), completed("D"))).as("not waiting for the third").isTrue();
    assertThat(trace.count(started("E"))).isEqualTo(1);
    assertThat(trace.tasks(Kind.CANCELLED)).isEmpty();
  }

  @Test
  void wcp28BlockingDiscriminatorHoldsTheNextRoundUntilTheJoinHasReset() {
    Trace trace = env.newWorkflow(BlockingPartialJoinWorkflow.class).run(1);

    assertThat(trace.before(completed("B1"), started("E1"))).isTrue();
    assertThat(trace.before(completed("B2"), completed("D1"))).as("round 2 arrives early").isTrue();
    assertThat(trace.before(completed("D1"), started("E2"))).as("but is blocked until round 1 reset").isTrue();
    assertThat(trace.count(started("E1"))).isEqualTo(1);
    assertThat(trace.count(started("E2"))).isEqualTo(1);
  }

  @Test
  void wcp31BlockingPartialJoinFiresOnTheNthArrivalOfEachRoundAfterTheReset() {
    Trace trace = env.newWorkflow(BlockingPartialJoinWorkflow.class).run(2);

    assertThat(trace.before(completed("C1"), started("E1"))).isTrue();
    assertThat(trace.before(started("E1"), completed("D1"))).isTrue();
    assertThat(trace.before(completed("D1"), started("E2"))).isTrue();
    assertThat(trace.count(started("E1"))).isEqualTo(1);
    assertThat(trace.count(started("E2"))).isEqualTo(1);
  }

  @Test
  void wcp29CancellingDiscriminatorWithdrawsTheOtherBranches() {
    CancellingPartialJoinWorkflow workflow = env.newWorkflow(CancellingPartialJoinWorkflow.class);

    Trace trace = workflow.run(1);

    assertThat(trace.tasks(Kind.CANCELLED)).containsExactlyInAnyOrder("C", "D");
    assertThat(trace.before(completed("B"), started("E"))).isTrue();
    assertThat(trace.count(started("E"))).isEqualTo(1);
    assertThat(env.performedIn(workflow)).containsExactly("A", "B", "E");
  }

  @Test
  void wcp32CancellingPartialJoinWithdrawsTheRemainingBranchAfterTheNthArrival() {
    CancellingPartialJoinWorkflow workflow = env.newWorkflow(CancellingPartialJoinWorkflow.class);

    Trace trace = workflow.run(2);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B", "C", "E");
    assertThat(trace.tasks(Kind.CANCELLED)).containsExactly("D");
    assertThat(trace.before(completed("C"), started("E"))).isTrue();
    assertThat(env.performedIn(workflow)).doesNotContain("D");
  }

  @Test
  void wcp33GeneralisedAndJoinFiresOncePerCompleteSetOfTokens() {
    Trace trace = env.newWorkflow(GeneralisedAndJoinWorkflow.class).run();

    assertThat(trace.before(completed("B#2"), completed("C#1"))).as("B holds a surplus token").isTrue();
    assertThat(trace.before(completed("C#1"), started("E#1"))).isTrue();
    assertThat(trace.before(completed("C#2"), started("E#2")))
        .as("the surplus B token alone does not fire")
        .isTrue();
    assertThat(trace.tasks(Kind.STARTED)).filteredOn(t -> t.startsWith("E")).containsExactly("E#1", "E#2");
  }

  @Test
  void wcp37LocalSynchronizingMergeDoesNotWaitForAPathThatTurnedAway() {
    Trace trace = env.newWorkflow(LocalSynchronizingMergeWorkflow.class).run(false);

    assertThat(trace.before(completed("D"), started("E"))).isTrue();
    assertThat(trace.before(completed("B"), started("E"))).isTrue();
    assertThat(trace.before(started("E"), completed("F"))).as("F bypasses the merge").isTrue();
    assertThat(trace.count(started("E"))).isEqualTo(1);
  }

  @Test
  void wcp37LocalSynchronizingMergeWaitsForEveryBranchThatReachesIt() {
    Trace trace = env.newWorkflow(LocalSynchronizingMergeWorkflow.class).run(true);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C", "B", "D", "E");
    assertThat(trace.indexOf(cancelled("F"))).isNegative();
  }
}
