package dev.millrace.patterns;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Promise;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Histories recorded from real runs replay against today's implementations: a change that alters
 * the commands a pattern issues for the same events makes these tests fail.
 */
class PatternReplayTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "wcp01-sequence.json, dev.millrace.patterns.SequenceWorkflowImpl",
    "wcp16-deferred-choice.json, dev.millrace.patterns.DeferredChoiceWorkflowImpl",
    "wcp19-cancel-task.json, dev.millrace.patterns.CancelTaskWorkflowImpl",
    "wcp28-blocking-discriminator.json, dev.millrace.patterns.BlockingPartialJoinWorkflowImpl",
    "wcp33-generalised-and-join.json, dev.millrace.patterns.GeneralisedAndJoinWorkflowImpl"
  })
  void replaysTheRecordedHistory(String history, Class<?> implementation) {
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(read(history), implementation))
        .doesNotThrowAnyException();
  }

  @Test
  void detectsAnImplementationThatNoLongerMatchesTheHistory() {
    assertThatThrownBy(
            () -> WorkflowReplayer.replayWorkflowExecution(read("wcp01-sequence.json"), ConcurrentSequence.class))
        .hasStackTraceContaining("NonDeterministicException");
  }

  /** A "Sequence" that starts its first two tasks together: not what the recorded run did. */
  public static class ConcurrentSequence extends AbstractPatternWorkflow implements SequenceWorkflow {
    @Override
    public Trace run() {
      Promise.allOf(tasks.start("A", 1), tasks.start("B", 1)).get();
      tasks.run("C", 1);
      return tasks.trace();
    }
  }

  private static String read(String history) {
    try (InputStream in = PatternReplayTest.class.getResourceAsStream("/histories/patterns/" + history)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded history " + history);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
