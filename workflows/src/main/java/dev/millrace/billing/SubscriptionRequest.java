package dev.millrace.billing;

/**
 * A subscription to bill from its first billing date, monthly unless {@code periodSeconds} is positive
 * (a fixed period, for trials and for tests on a server that does not skip time). {@code totalCycles} of 0
 * bills until cancelled; {@code cyclesPerRun} bounds each run's history before it continues as new.
 */
public record SubscriptionRequest(String subscriptionId, String customerId, Plan plan, long firstBillingEpochMillis,
                                  int totalCycles, int cyclesPerRun, long periodSeconds) {
  public SubscriptionRequest {
    if (subscriptionId == null || subscriptionId.isBlank()) {
      throw new IllegalArgumentException("subscriptionId must not be blank");
    }
    if (totalCycles < 0 || cyclesPerRun <= 0) {
      throw new IllegalArgumentException("totalCycles must be >= 0 and cyclesPerRun > 0");
    }
    if (periodSeconds < 0) {
      throw new IllegalArgumentException("periodSeconds must be >= 0 (0 bills monthly), got " + periodSeconds);
    }
  }

  /** A subscription billed monthly. */
  public SubscriptionRequest(String subscriptionId, String customerId, Plan plan, long firstBillingEpochMillis,
                             int totalCycles, int cyclesPerRun) {
    this(subscriptionId, customerId, plan, firstBillingEpochMillis, totalCycles, cyclesPerRun, 0);
  }

  /** True when each cycle lasts {@link #periodSeconds} rather than a calendar month. */
  public boolean hasFixedPeriod() {
    return periodSeconds > 0;
  }
}
