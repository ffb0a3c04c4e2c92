package dev.millrace.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.patterns.TraceEvent.Kind;
import io.temporal.api.enums.v1.EventType;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * WCP-12, in a test service of its own: once a child outlives its parent the test service no
 * longer skips time, so the children here run their two seconds in real time.
 */
class UnsynchronizedInstancesPatternTest {

  @Test
  void wcp12InstancesOutliveTheParentThatNeverJoinsThem() {
    try (PatternTestEnvironment env = new PatternTestEnvironment()) {
      UnsynchronizedInstancesWorkflow workflow = env.newWorkflow(UnsynchronizedInstancesWorkflow.class);
      String parentId = PatternTestEnvironment.idOf(workflow);

      Trace trace = workflow.run(3);

      assertThat(trace.tasks(Kind.COMPLETED)).containsExactly("A", "C");
      assertThat(trace.tasks(Kind.REACHED)).containsExactly("spawned B#1", "spawned B#2", "spawned B#3");
      assertThat(env.client().fetchHistory(parentId).getEvents())
          .noneMatch(e -> e.getEventType() == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED);
      IntStream.rangeClosed(1, 3).forEach(i -> {
        String childId = UnsynchronizedInstancesWorkflowImpl.instanceId(parentId, i);
        Trace child = env.client().newUntypedWorkflowStub(childId).getResult(Trace.class);
        assertThat(child.tasks(Kind.COMPLETED)).containsExactly("B#" + i);
        assertThat(env.performedIn(childId)).containsExactly("B#" + i);
      });
    }
  }
}
