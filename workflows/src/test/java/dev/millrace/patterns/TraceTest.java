package dev.millrace.patterns;

import static dev.millrace.patterns.TraceEvent.cancelled;
import static dev.millrace.patterns.TraceEvent.completed;
import static dev.millrace.patterns.TraceEvent.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trace queries the pattern tests rely on. */
class TraceTest {
  private final Trace sequential =
      new Trace(List.of(started("A"), completed("A"), started("B"), cancelled("B")));
  private final Trace overlapping =
      new Trace(List.of(started("A"), started("B"), completed("A"), completed("B")));

  @Test
  void tasksOverlapOnlyWhenEachStartedBeforeTheOtherEnded() {
    assertThat(overlapping.overlap("A", "B")).isTrue();
    assertThat(sequential.overlap("A", "B")).isFalse();
  }

  @Test
  void isExclusiveOnlyWhenNoTwoTasksWereInFlightTogether() {
    assertThat(sequential.exclusive()).isTrue();
    assertThat(overlapping.exclusive()).isFalse();
  }

  @Test
  void ordersEventsAndTreatsMissingOnesAsNotBefore() {
    assertThat(sequential.before(completed("A"), started("B"))).isTrue();
    assertThat(sequential.before(started("B"), completed("A"))).isFalse();
    assertThat(sequential.before(completed("A"), completed("B"))).isFalse();
  }

  @Test
  void rendersOneNumberedLinePerEvent() {
    assertThat(sequential.render().lines())
        .containsExactly("  1  STARTED   A", "  2  COMPLETED A", "  3  STARTED   B", "  4  CANCELLED B");
  }
}
