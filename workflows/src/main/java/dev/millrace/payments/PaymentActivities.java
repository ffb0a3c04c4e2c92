package dev.millrace.payments;

import io.temporal.activity.ActivityInterface;

/** The bank ledger, the sanctions list and the customer notifier. Every posting is keyed by the reference. */
@ActivityInterface
public interface PaymentActivities {
  /** @throws io.temporal.failure.ApplicationFailure of type {@link PaymentDefaults#REFUSED} if invalid */
  void validate(TransferRequest request);

  ScreeningResult screen(TransferRequest request);

  void debit(String reference, String account, long amountCents);

  void credit(String reference, String account, long amountCents);

  void refund(String reference, String account, long amountCents);

  void notify(String reference, TransferState outcome, String detail);
}
