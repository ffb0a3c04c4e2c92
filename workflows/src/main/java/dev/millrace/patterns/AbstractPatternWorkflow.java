package dev.millrace.patterns;

/** Gives each pattern workflow its {@link Tasks} and answers the {@link PatternWorkflow} calls. */
public abstract class AbstractPatternWorkflow implements PatternWorkflow {
  protected final Tasks tasks = new Tasks();

  @Override
  public Trace trace() {
    return tasks.trace();
  }

  @Override
  public void awaitEvent(TraceEvent event) {
    tasks.awaitEvent(event);
  }
}
