package dev.millrace.payments;

/** Where a transfer stands; the last five are final. */
public enum TransferState {
  VALIDATING, SCREENING, DEBITING, AWAITING_APPROVAL, CREDITING,
  COMPLETED, INVALID, BLOCKED, REJECTED, EXPIRED, REFUNDED
}
