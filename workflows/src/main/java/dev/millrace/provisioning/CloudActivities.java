package dev.millrace.provisioning;

import io.temporal.activity.ActivityInterface;

/**
 * The cloud provider. {@code create} is idempotent per environment and step (a retry finds the resource
 * it made), {@code delete} too (deleting what does not exist succeeds), so both can be retried freely.
 */
@ActivityInterface
public interface CloudActivities {
  /** Creates the step's resource and returns its id. */
  String create(String environmentId, String region, Step step);

  void delete(String environmentId, Step step);
}
