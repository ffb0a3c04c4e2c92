package dev.millrace.billing;

import java.util.List;

/** The status query's answer: plan, the next charge and the most recent ledger entries. */
public record BillingStatus(String subscriptionId, SubscriptionState state, Plan plan, Plan nextPlan,
                            int cyclesCharged, long totalChargedCents, long nextChargeEpochMillis,
                            int failedAttempts, List<Charge> recentCharges) {}
