package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.cancelled;
import static dev.millrace.patterns.TraceEvent.completed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.patterns.TraceEvent.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cycles, loops, recursion and termination (WCP-10, 11, 21, 22, 43). */
class StructuralPatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp10ArbitraryCyclesCanBeEnteredAtEitherNodeAndLeftFromC() {
    Trace fromB = env.newWorkflow(ArbitraryCyclesWorkflow.class).run(false);
    Trace fromC = env.newWorkflow(ArbitraryCyclesWorkflow.class).run(true);

    assertThat(fromB.tasks(Kind.COMPLETED)).containsExactly("B#1", "C#1", "B#2", "C#2", "D");
    assertThat(fromC.tasks(Kind.COMPLETED)).containsExactly("C#1", "B#1", "C#2", "D");
  }

  @Test
  void wcp11ImplicitTerminationEndsOnlyWhenTheLastSpawnedTaskIsDone() {
    Trace trace = env.newWorkflow(ImplicitTerminationWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactlyInAnyOrder("A", "B", "C", "D");
    assertThat(trace.events()).last().isEqualTo(completed("D"));
    assertThat(trace.tasks(Kind.CANCELLED)).isEmpty();
  }

  @Test
  void wcp21StructuredLoopTestsBeforeForBAndAfterForC() {
    Trace none = env.newWorkflow(StructuredLoopWorkflow.class).run(0);
    Trace two = env.newWorkflow(StructuredLoopWorkflow.class).run(2);

    assertThat(none.tasks(Kind.COMPLETED)).containsExactly("C#1");
    assertThat(two.tasks(Kind.COMPLETED)).containsExactly("B#1", "B#2", "C#1", "C#2");
  }

  @Test
  void wcp22RecursionNestsEachLevelInsideItsCaller() {
    Trace trace = env.newWorkflow(RecursionWorkflow.class).run(2);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A@2", "A@1", "A@0", "B@0", "B@1", "B@2");
  }

  @Test
  void wcp43ExplicitTerminationWithdrawsTheWorkStillRunningAtTheEnd() {
    ExplicitTerminationWorkflow workflow = env.newWorkflow(ExplicitTerminationWorkflow.class);

    Trace trace = workflow.run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("C", "D");
    assertThat(trace.before(completed("D"), cancelled("B"))).isTrue();
    assertThat(env.performedIn(workflow)).containsExactly("C", "D");
  }
}
