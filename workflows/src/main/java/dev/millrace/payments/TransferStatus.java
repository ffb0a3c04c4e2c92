package dev.millrace.payments;

/** The status query's answer and the workflow's result. */
public record TransferStatus(String reference, TransferState state, boolean debited, boolean credited,
                             boolean refunded, String approver, String detail) {}
