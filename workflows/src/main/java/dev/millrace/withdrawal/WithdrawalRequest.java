package dev.millrace.withdrawal;

/** Cash asked for at one ATM; the withdrawal id keys the hold, the dispense command and the capture. */
public record WithdrawalRequest(String withdrawalId, String atmId, String accountId, long amountCents,
                                long confirmationTimeoutSeconds) {}
