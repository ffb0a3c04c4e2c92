package dev.millrace.payments;

/**
 * Money to move between two accounts. The reference is the idempotency key every posting carries, so a
 * retried debit, credit or refund is booked once.
 */
public record TransferRequest(String reference, String fromAccount, String toAccount, long amountCents,
                              String currency, long approvalThresholdCents, long approvalTimeoutSeconds) {}
