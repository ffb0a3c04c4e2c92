package dev.millrace.payments;

import dev.millrace.operations.Failures;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Moves money with the reference as idempotency key throughout. Nothing is debited before validation and
 * screening pass; once debited, the money is either credited or refunded (rejection, expired approval or a
 * failed credit), and the refund is retried for days rather than given up.
 */
public final class PaymentTransferWorkflowImpl implements PaymentTransferWorkflow {
  private final PaymentActivities bank = Workflow.newActivityStub(PaymentActivities.class,
      options(PaymentDefaults.STEP_RETRY_WINDOW));
  private final PaymentActivities refunds = Workflow.newActivityStub(PaymentActivities.class,
      options(PaymentDefaults.REFUND_RETRY_WINDOW));

  private TransferRequest request;
  private TransferState state = TransferState.VALIDATING;
  private boolean debited;
  private boolean credited;
  private boolean refunded;
  private String approver;
  private String detail;
  private Boolean approved;

  private static ActivityOptions options(Duration retryWindow) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(PaymentDefaults.STEP_TIMEOUT)
        .setScheduleToCloseTimeout(retryWindow)
        .setRetryOptions(RetryOptions.newBuilder()
            .setMaximumInterval(PaymentDefaults.STEP_MAX_RETRY_INTERVAL)
            .setDoNotRetry(PaymentDefaults.REFUSED)
            .build())
        .build();
  }

  @Override
  public TransferStatus transfer(TransferRequest transfer) {
    request = transfer;
    try {
      bank.validate(request);
    } catch (ActivityFailure e) {
      return finish(TransferState.INVALID, Failures.rootMessage(e));
    }
    state = TransferState.SCREENING;
    ScreeningResult screening = bank.screen(request);
    if (!screening.cleared()) {
      return finish(TransferState.BLOCKED, screening.reason());
    }
    state = TransferState.DEBITING;
    try {
      bank.debit(request.reference(), request.fromAccount(), request.amountCents());
    } catch (ActivityFailure e) {
      return finish(TransferState.INVALID, Failures.rootMessage(e));
    }
    debited = true;
    if (request.amountCents() > request.approvalThresholdCents() && !awaitApproval()) {
      return refund(approved == null ? TransferState.EXPIRED : TransferState.REJECTED, detail);
    }
    state = TransferState.CREDITING;
    try {
      bank.credit(request.reference(), request.toAccount(), request.amountCents());
    } catch (ActivityFailure e) {
      return refund(TransferState.REFUNDED, "credit failed: " + Failures.rootMessage(e));
    }
    credited = true;
    return finish(TransferState.COMPLETED, "credited " + request.toAccount());
  }

  private boolean awaitApproval() {
    state = TransferState.AWAITING_APPROVAL;
    Workflow.await(Duration.ofSeconds(request.approvalTimeoutSeconds()), () -> approved != null);
    if (approved == null) {
      detail = "no approval within " + request.approvalTimeoutSeconds() + "s";
    }
    return Boolean.TRUE.equals(approved);
  }

  private TransferStatus refund(TransferState outcome, String why) {
    refunds.refund(request.reference(), request.fromAccount(), request.amountCents());
    refunded = true;
    return finish(outcome, why);
  }

  private TransferStatus finish(TransferState outcome, String why) {
    state = outcome;
    detail = why;
    bank.notify(request.reference(), outcome, why);
    return status();
  }

  @Override
  public void approve(String by) {
    if (approved == null) {
      approver = by;
      approved = true;
    }
  }

  @Override
  public void reject(String by, String reason) {
    if (approved == null) {
      approver = by;
      approved = false;
      detail = "rejected by " + by + ": " + reason;
    }
  }

  @Override
  public TransferStatus status() {
    return new TransferStatus(request == null ? null : request.reference(), state, debited, credited, refunded,
        approver, detail);
  }
}
