package dev.millrace.payments;

import java.time.Duration;

/** Payment transfers' task queue and option defaults, kept in one place so worker and client agree. */
public final class PaymentDefaults {
  public static final String TASK_QUEUE = "millrace-payments";

  /** Transfers above this amount wait for a person's approval. */
  public static final long APPROVAL_THRESHOLD_CENTS = 1_000_000;
  public static final Duration APPROVAL_TIMEOUT = Duration.ofHours(24);

  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration STEP_MAX_RETRY_INTERVAL = Duration.ofMinutes(1);
  public static final Duration STEP_RETRY_WINDOW = Duration.ofHours(1);
  public static final Duration REFUND_RETRY_WINDOW = Duration.ofDays(7);

  /** Failure type for a transfer the bank refuses (unknown account, insufficient funds): not retried. */
  public static final String REFUSED = "TransferRefused";

  private PaymentDefaults() {}
}
