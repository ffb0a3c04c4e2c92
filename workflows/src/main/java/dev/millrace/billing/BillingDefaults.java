package dev.millrace.billing;

import java.time.Duration;
import java.util.List;

/** Subscription billing's task queue and option defaults, kept in one place so worker and client agree. */
public final class BillingDefaults {
  public static final String TASK_QUEUE = "millrace-billing";

  /** Cycles billed by one run before it continues as new, keeping each history short. */
  public static final int CYCLES_PER_RUN = 12;

  /** Days after a declined charge on which it is tried again; after the last one the subscription is suspended. */
  public static final List<Integer> DUNNING_DAYS = List.of(1, 3, 7);

  /** Charges kept in the workflow's state for the status query. */
  public static final int RECENT_CHARGES = 12;

  public static final Duration CHARGE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration CHARGE_MAX_RETRY_INTERVAL = Duration.ofMinutes(5);
  public static final Duration CHARGE_RETRY_WINDOW = Duration.ofHours(6);

  /** Failure type thrown by the gateway when the card is declined: dunning, not a retry, handles it. */
  public static final String DECLINED = "CardDeclined";

  private BillingDefaults() {}
}
