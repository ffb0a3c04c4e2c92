package dev.millrace.patterns;

/**
 * Whether the case currently is in a given state, so that a task can be enabled only in that window:
 * an update validator asks {@link #holds()} and refuses the request outside it. Workflow code only.
 */
final class Milestone {
  private final String name;
  private final Tasks tasks;
  private boolean holds;

  Milestone(String name, Tasks tasks) {
    this.name = name;
    this.tasks = tasks;
  }

  void reach() {
    holds = true;
    tasks.note(TraceEvent.reached(name));
  }

  void expire() {
    holds = false;
    tasks.note(TraceEvent.reached("past " + name));
  }

  boolean holds() {
    return holds;
  }
}
