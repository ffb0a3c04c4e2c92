package dev.millrace.patterns;

import io.temporal.workflow.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bookkeeping of the generalised AND-join: tokens are counted per input, several may wait on
 * one input, and each firing consumes exactly one token from every input. Workflow code only.
 */
final class AndJoin {
  private final Map<String, Integer> tokens = new LinkedHashMap<>();

  AndJoin(String... inputs) {
    for (String input : inputs) {
      tokens.put(input, 0);
    }
  }

  /** Puts a token on the input. */
  void offer(String input) {
    if (!tokens.containsKey(input)) {
      throw new IllegalArgumentException("not an input of this join: " + input);
    }
    tokens.merge(input, 1, Integer::sum);
  }

  /** Waits until every input holds a token, then consumes one from each. */
  void awaitFiring() {
    Workflow.await(() -> tokens.values().stream().allMatch(count -> count > 0));
    tokens.replaceAll((input, count) -> count - 1);
  }
}
