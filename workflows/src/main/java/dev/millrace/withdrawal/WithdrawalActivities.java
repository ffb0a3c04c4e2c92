package dev.millrace.withdrawal;

import io.temporal.activity.ActivityInterface;

/**
 * The bank's card holds and the ATM. Every call is keyed by the withdrawal id, so retries hold, dispense
 * and capture once. The ATM confirms the dispense later with the workflow's {@code confirmDispensed} signal.
 */
@ActivityInterface
public interface WithdrawalActivities {
  /** @throws io.temporal.failure.ApplicationFailure of type {@link WithdrawalDefaults#REFUSED} if refused */
  String authorizeHold(String withdrawalId, String accountId, long amountCents);

  /** Sends the dispense command to the ATM; returns once the ATM has accepted it. */
  void dispense(String withdrawalId, String atmId, long amountCents);

  void capture(String withdrawalId);

  void releaseHold(String withdrawalId);
}
