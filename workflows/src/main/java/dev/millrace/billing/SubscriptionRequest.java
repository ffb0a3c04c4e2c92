package dev.millrace.billing;

/**
 * A subscription to bill monthly from its first billing date. {@code totalCycles} of 0 bills until
 * cancelled; {@code cyclesPerRun} bounds each run's history before it continues as new.
 */
public record SubscriptionRequest(String subscriptionId, String customerId, Plan plan, long firstBillingEpochMillis,
                                  int totalCycles, int cyclesPerRun) {
  public SubscriptionRequest {
    if (subscriptionId == null || subscriptionId.isBlank()) {
      throw new IllegalArgumentException("subscriptionId must not be blank");
    }
    if (totalCycles < 0 || cyclesPerRun <= 0) {
      throw new IllegalArgumentException("totalCycles must be >= 0 and cyclesPerRun > 0");
    }
  }
}
