package dev.millrace.provisioning;

import java.time.Duration;

/** Infrastructure provisioning's task queue and option defaults, kept in one place so worker and client agree. */
public final class ProvisioningDefaults {
  public static final String TASK_QUEUE = "millrace-provisioning";
  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(30);
  public static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);
  public static final Duration STEP_MAX_RETRY_INTERVAL = Duration.ofMinutes(1);
  public static final int COMPENSATION_ATTEMPTS = 20;

  /** Failure type for a request the cloud refuses outright (quota, invalid name): not retried. */
  public static final String REFUSED = "ResourceRefused";

  private ProvisioningDefaults() {}
}
