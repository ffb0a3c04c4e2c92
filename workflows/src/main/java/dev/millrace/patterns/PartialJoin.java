package dev.millrace.patterns;

import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;

/**
 * The bookkeeping of an N-out-of-M join, shared by the discriminators (N = 1) and the partial
 * joins, for branches and for instances. Arrivals are counted per round: the join fires on the N-th arrival of a
 * round and resets after the M-th; an arrival for a later round blocks until the join has reset,
 * which is what makes the blocking variants block. M may grow while a round is open, for instances
 * created at run time. Workflow code only.
 */
final class PartialJoin {
  private final int threshold;
  private int expected;
  private int round;
  private int arrived;
  private boolean firedOnce;

  PartialJoin(int threshold, int expected) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, got " + threshold);
    }
    this.threshold = threshold;
    this.expected = expected;
  }

  /** Waits until the join is in the given round, then counts the arrival; true when it fires. */
  boolean arrive(int inRound) {
    Workflow.await(() -> round == inRound);
    return arrive();
  }

  /**
   * Counts an arrival in the current round without waiting, so it may be called from a promise
   * callback; true when this arrival fires the join.
   */
  boolean arrive() {
    arrived++;
    boolean fires = arrived == threshold;
    firedOnce |= fires;
    if (arrived == expected) {
      round++;
      arrived = 0;
    }
    return fires;
  }

  /** Counts an arrival when the promise completes successfully; a withdrawn task never arrives. */
  void arriveOnCompletion(Promise<?> input) {
    input.thenApply(result -> arrive());
  }

  /** One more input is expected in the current round. */
  void expectOneMore() {
    expected++;
  }

  /** True once the join has fired at least once. */
  boolean fired() {
    return firedOnce;
  }

  void awaitFired() {
    Workflow.await(this::fired);
  }
}
