package dev.millrace.billing;

import io.temporal.activity.ActivityInterface;

/** The payment gateway and ledger as subscription billing sees them. */
@ActivityInterface
public interface BillingActivities {
  /**
   * Charges one cycle, or returns the ledger entry if that cycle is already charged.
   *
   * @throws io.temporal.failure.ApplicationFailure of type {@link BillingDefaults#DECLINED} when declined
   */
  Charge charge(ChargeRequest request);
}
