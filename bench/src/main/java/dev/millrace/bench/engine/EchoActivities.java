package dev.millrace.bench.engine;

import io.temporal.activity.ActivityInterface;

/** An activity that does nothing but count, so its cost is the engine's. */
@ActivityInterface
public interface EchoActivities {
  int increment(int value);
}
