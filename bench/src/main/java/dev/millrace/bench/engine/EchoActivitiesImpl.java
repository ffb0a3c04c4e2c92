package dev.millrace.bench.engine;

/** Returns its argument plus one. */
public final class EchoActivitiesImpl implements EchoActivities {
  @Override
  public int increment(int value) {
    return value + 1;
  }
}
