package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.patterns.TraceEvent.Kind;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Multiple instances and threads (WCP-13-15, 34-36, 41, 42). */
class MultipleInstancePatternsTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void wcp13DesignTimeInstancesRunConcurrentlyAndAreJoined() {
    Trace trace = env.newWorkflow(DesignTimeInstancesWorkflow.class).run();

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B#1", "B#2", "B#3", "C");
    assertThat(trace.overlap("B#1", "B#3")).isTrue();
  }

  @Test
  void wcp14RunTimeInstancesFollowTheArgumentAndAreJoined() {
    Trace trace = env.newWorkflow(RunTimeInstancesWorkflow.class).run(4);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B#1", "B#2", "B#3", "B#4", "C");
  }

  @Test
  void wcp42ThreadSplitStartsTheThreadsTogether() {
    Trace trace = env.newWorkflow(RunTimeInstancesWorkflow.class).run(3);

    assertThat(trace.events().subList(2, 5))
        .containsExactly(started("B#1"), started("B#2"), started("B#3"));
  }

  @Test
  void wcp41ThreadMergeContinuesOnceAfterEveryThreadArrived() {
    Trace trace = env.newWorkflow(RunTimeInstancesWorkflow.class).run(3);

    assertThat(trace.before(completed("B#3"), started("C"))).isTrue();
    assertThat(trace.count(started("C"))).isEqualTo(1);
  }

  @Test
  void wcp15InstancesAddedWhileRunningAreJoinedAndAdditionsAfterCloseRefused() {
    DynamicInstancesWorkflow workflow = env.newWorkflow(DynamicInstancesWorkflow.class);
    WorkflowClient.start(workflow::run);

    assertThat(workflow.addInstance(2)).isEqualTo("B#1");
    assertThat(workflow.addInstance(4)).isEqualTo("B#2");
    workflow.close();
    assertThatThrownBy(() -> workflow.addInstance(1)).isInstanceOf(WorkflowUpdateException.class);
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "B#1", "B#2", "C");
    assertThat(trace.tasks(Kind.STARTED)).doesNotContain("B#3");
  }

  @Test
  void wcp34StaticPartialJoinFiresOnTheNthInstanceAndLetsTheOthersFinish() {
    Trace trace = env.newWorkflow(StaticPartialJoinInstancesWorkflow.class).run(4, 2);

    assertThat(trace.before(completed("B#2"), started("C"))).isTrue();
    assertThat(trace.before(started("C"), completed("B#3"))).isTrue();
    assertThat(trace.count(started("C"))).isEqualTo(1);
    assertThat(trace.tasks(Kind.COMPLETED)).contains("B#3", "B#4");
    assertThat(trace.tasks(Kind.CANCELLED)).isEmpty();
  }

  @Test
  void wcp35CancellingPartialJoinWithdrawsTheRemainingInstances() {
    CancellingPartialJoinInstancesWorkflow workflow = env.newWorkflow(CancellingPartialJoinInstancesWorkflow.class);

    Trace trace = workflow.run(4, 2);

    assertThat(trace.before(completed("B#2"), started("C"))).isTrue();
    assertThat(trace.tasks(Kind.CANCELLED)).containsExactlyInAnyOrder("B#3", "B#4");
    assertThat(env.performedIn(workflow)).containsExactly("A", "B#1", "B#2", "C");
  }

  @Test
  void wcp36DynamicPartialJoinFiresOnTheNthCompletionAndThenRefusesNewInstances() {
    DynamicPartialJoinInstancesWorkflow workflow = env.newWorkflow(DynamicPartialJoinInstancesWorkflow.class);
    WorkflowClient.start(workflow::run, 2);
    workflow.addInstance(10);
    workflow.addInstance(20);
    workflow.addInstance(5);
    env.skip(Duration.ofSeconds(11));
    workflow.awaitEvent(started("C"));

    assertThatThrownBy(() -> workflow.addInstance(1)).isInstanceOf(WorkflowUpdateException.class);
    Trace trace = DemoContext.resultOf(workflow);

    assertThat(trace.before(completed("B#3"), completed("B#1"))).isTrue();
    assertThat(trace.before(completed("B#1"), started("C"))).as("fires on the second completion").isTrue();
    assertThat(trace.before(started("C"), completed("B#2"))).isTrue();
    assertThat(trace.tasks(Kind.COMPLETED)).contains("B#2");
    assertThat(trace.tasks(Kind.STARTED)).doesNotContain("B#4");
  }
}
