package dev.millrace.billing;

/** A charge entered in the ledger for one billing cycle. */
public record Charge(int cycle, String planCode, long amountCents, String gatewayReference, long chargedAtEpochMillis) {}
