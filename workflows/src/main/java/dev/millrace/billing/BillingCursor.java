package dev.millrace.billing;

import java.util.List;

/** What a subscription carries across continue-as-new: no more than the next cycle needs. */
public record BillingCursor(SubscriptionRequest request, Plan plan, Plan nextPlan, int nextCycle,
                            long totalChargedCents, List<Charge> recentCharges) {
  public static BillingCursor first(SubscriptionRequest request) {
    return new BillingCursor(request, request.plan(), null, 0, 0, List.of());
  }
}
