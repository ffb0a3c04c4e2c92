package dev.millrace.billing;

/**
 * One attempt to charge one billing cycle. The ledger is keyed by subscription and cycle, the gateway
 * by the idempotency key, so a retried or replayed attempt never charges twice.
 */
public record ChargeRequest(String subscriptionId, String customerId, int cycle, int attempt, String planCode,
                            long amountCents) {
  public String idempotencyKey() {
    return subscriptionId + ":cycle-" + cycle + ":attempt-" + attempt;
  }
}
