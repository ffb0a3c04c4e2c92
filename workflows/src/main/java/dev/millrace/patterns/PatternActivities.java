package dev.millrace.patterns;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The one unit of work every pattern workflow performs, so that a pattern's behaviour is visible
 * as nothing more than which tasks were performed and in what order.
 */
@ActivityInterface
public interface PatternActivities {
  /** Performs the named task and returns its name. */
  @ActivityMethod
  String perform(String task);
}
