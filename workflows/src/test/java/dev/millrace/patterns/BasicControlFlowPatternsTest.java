package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.cancelled;
import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.patterns.TraceEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WCP-1 to WCP-8: basic control flow. */
class BasicControlFlowPatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp1SequenceRunsEachTaskAfterThePreviousCompleted() {
    SequenceWorkflow workflow = env.newWorkflow(SequenceWorkflow.class);

    Trace trace = workflow.run();

    assertThat(trace.events())
        .containsExactly(
            started("A"), completed("A"), started("B"), completed("B"), started("C"), completed("C"));
    assertThat(env.performedIn(workflow)).containsExactly("A", "B", "C");
  }

  @Test
  void wcp2ParallelSplitRunsTheBranchesConcurrentlyAfterA() {
    Trace trace = env.newWorkflow(ParallelSplitWorkflow.class).run();

    assertThat(trace.before(completed("A"), started("B"))).isTrue();
    assertThat(trace.before(completed("A"), started("C"))).isTrue();
    assertThat(trace.overlap("B", "C")).isTrue();
  }

  @Test
  void wcp3SynchronizationRunsDOnceAfterBothBranches() {
    Trace trace = env.newWorkflow(ParallelSplitWorkflow.class).run();

    assertThat(trace.before(completed("C"), completed("B"))).as("C is the shorter branch").isTrue();
    assertThat(trace.before(completed("B"), started("D"))).as("D waits for the later branch").isTrue();
    assertThat(trace.count(started("D"))).isEqualTo(1);
  }

  @Test
  void wcp4ExclusiveChoiceRunsOnlyTheChosenBranch() {
    ExclusiveChoiceWorkflow large = env.newWorkflow(ExclusiveChoiceWorkflow.class);
    ExclusiveChoiceWorkflow small = env.newWorkflow(ExclusiveChoiceWorkflow.class);

    assertThat(large.run(150).tasks(Kind.STARTED)).containsExactly("A", "B", "D");
    assertThat(small.run(50).tasks(Kind.STARTED)).containsExactly("A", "C", "D");
    assertThat(env.performedIn(large)).doesNotContain("C");
    assertThat(env.performedIn(small)).doesNotContain("B");
  }

  @Test
  void wcp5SimpleMergeContinuesOnceFromWhicheverBranchRan() {
    Trace trace = env.newWorkflow(ExclusiveChoiceWorkflow.class).run(50);

    assertThat(trace.before(completed("C"), started("D"))).isTrue();
    assertThat(trace.count(completed("D"))).isEqualTo(1);
  }

  @Test
  void wcp6MultiChoiceRunsEveryBranchWhoseConditionHolds() {
    MultiChoiceWorkflow workflow = env.newWorkflow(MultiChoiceWorkflow.class);

    Trace trace = workflow.run(500);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C", "B", "E");
    assertThat(trace.overlap("B", "C")).isTrue();
    assertThat(env.performedIn(workflow)).doesNotContain("D");
  }

  @Test
  void wcp7StructuredSynchronizingMergeWaitsForExactlyTheActivatedBranches() {
    Trace two = env.newWorkflow(MultiChoiceWorkflow.class).run(500);
    Trace one = env.newWorkflow(MultiChoiceWorkflow.class).run(5);

    assertThat(two.before(completed("B"), started("E"))).isTrue();
    assertThat(two.before(completed("C"), started("E"))).isTrue();
    assertThat(two.count(started("E"))).isEqualTo(1);
    assertThat(one.tasks(Kind.COMPLETED)).containsExactly("A", "B", "E");
  }

  @Test
  void wcp8MultiMergeRunsTheSuccessorOncePerArrivingBranchWithoutWaiting() {
    Trace trace = env.newWorkflow(MultiMergeWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).contains("D after B", "D after C");
    assertThat(trace.before(completed("D after B"), completed("C")))
        .as("B's successor does not wait for C")
        .isTrue();
    assertThat(trace.tasks(Kind.CANCELLED)).isEmpty();
    assertThat(trace.indexOf(cancelled("C"))).isNegative();
  }
}
