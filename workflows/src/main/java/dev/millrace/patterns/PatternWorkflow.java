package dev.millrace.patterns;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;

/**
 * What every pattern workflow offers besides its own workflow method: its trace so far (also after
 * it was cancelled), and a way for a driver to wait until something has happened before it sends
 * the next signal, instead of sleeping.
 */
public interface PatternWorkflow {
  @QueryMethod
  Trace trace();

  /** Returns once the trace contains the event. */
  @UpdateMethod
  void awaitEvent(TraceEvent event);
}
