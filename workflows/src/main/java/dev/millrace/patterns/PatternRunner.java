package dev.millrace.patterns;

import io.temporal.client.WorkflowClient;
import java.util.UUID;

/**
 * Runs one catalogue pattern against any Temporal service, the embedded one of the CLI included,
 * and returns what it did. A worker must poll the task queue with the catalogue registered (see
 * {@link PatternCatalog#register}). Each run gets a fresh workflow id {@code wcp-<N>-<uuid>}.
 */
public final class PatternRunner {
  private PatternRunner() {}

  /**
   * Starts pattern {@code number}'s workflow on the task queue, drives it as its demo needs and
   * waits for its trace.
   *
   * @throws java.util.NoSuchElementException if there is no such pattern
   * @throws UnsupportedOperationException for a pattern rated "-", with the reason
   */
  public static Trace run(int number, WorkflowClient client, String taskQueue) {
    PatternEntry entry = PatternCatalog.entry(number);
    PatternDemo demo =
        entry.demo().orElseThrow(() -> new UnsupportedOperationException("WCP-" + number + ": " + entry.caveat()));
    return demo.run(new DemoContext(client, taskQueue, "wcp-" + number + "-" + UUID.randomUUID()));
  }
}
