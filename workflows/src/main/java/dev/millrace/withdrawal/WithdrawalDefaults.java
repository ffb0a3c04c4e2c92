package dev.millrace.withdrawal;

import java.time.Duration;

/** Cash withdrawals' task queue and option defaults, kept in one place so worker and client agree. */
public final class WithdrawalDefaults {
  public static final String TASK_QUEUE = "millrace-withdrawal";

  /** How long the ATM has to confirm the notes left the machine before the hold is released. */
  public static final long CONFIRMATION_TIMEOUT_SECONDS = 120;

  public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration STEP_MAX_RETRY_INTERVAL = Duration.ofSeconds(10);
  public static final Duration STEP_RETRY_WINDOW = Duration.ofMinutes(10);
  public static final Duration RELEASE_RETRY_WINDOW = Duration.ofDays(7);

  /** Failure type for a hold the bank refuses (insufficient funds, blocked card): not retried. */
  public static final String REFUSED = "HoldRefused";

  private WithdrawalDefaults() {}
}
