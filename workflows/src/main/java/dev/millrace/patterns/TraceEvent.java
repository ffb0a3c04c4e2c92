package dev.millrace.patterns;

/** One step of a pattern run: a task starting, finishing or being withdrawn, or a signal's fate. */
public record TraceEvent(Kind kind, String task) {

  /** What happened to the task or signal. */
  public enum Kind {
    STARTED,
    COMPLETED,
    CANCELLED,
    /** An external trigger or request that the workflow honoured. */
    RECEIVED,
    /** An external trigger or request that the workflow lost or refused. */
    DROPPED,
    /** The case reached a named state. */
    REACHED
  }

  public static TraceEvent started(String task) {
    return new TraceEvent(Kind.STARTED, task);
  }

  public static TraceEvent completed(String task) {
    return new TraceEvent(Kind.COMPLETED, task);
  }

  public static TraceEvent cancelled(String task) {
    return new TraceEvent(Kind.CANCELLED, task);
  }

  public static TraceEvent received(String task) {
    return new TraceEvent(Kind.RECEIVED, task);
  }

  public static TraceEvent dropped(String task) {
    return new TraceEvent(Kind.DROPPED, task);
  }

  public static TraceEvent reached(String state) {
    return new TraceEvent(Kind.REACHED, state);
  }
}
