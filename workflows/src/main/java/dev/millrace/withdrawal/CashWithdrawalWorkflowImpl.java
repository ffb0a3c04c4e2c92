package dev.millrace.withdrawal;

import dev.millrace.operations.Failures;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Holds the amount, asks the ATM to dispense and waits for its confirmation on a durable timer. Confirmed:
 * the hold is captured. A failure report, a dispense command that cannot be delivered or silence past the
 * timeout: the hold is released, retried for days since the customer's money is blocked until it is.
 */
public final class CashWithdrawalWorkflowImpl implements CashWithdrawalWorkflow {
  private final WithdrawalActivities bank = Workflow.newActivityStub(WithdrawalActivities.class,
      options(WithdrawalDefaults.STEP_RETRY_WINDOW));
  private final WithdrawalActivities releases = Workflow.newActivityStub(WithdrawalActivities.class,
      options(WithdrawalDefaults.RELEASE_RETRY_WINDOW));

  private String withdrawalId;
  private WithdrawalState state = WithdrawalState.AUTHORIZING;
  private String holdId;
  private String detail;
  private Boolean dispensed;

  private static ActivityOptions options(Duration retryWindow) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(WithdrawalDefaults.STEP_TIMEOUT)
        .setScheduleToCloseTimeout(retryWindow)
        .setRetryOptions(RetryOptions.newBuilder()
            .setMaximumInterval(WithdrawalDefaults.STEP_MAX_RETRY_INTERVAL)
            .setDoNotRetry(WithdrawalDefaults.REFUSED)
            .build())
        .build();
  }

  @Override
  public WithdrawalStatus withdraw(WithdrawalRequest request) {
    withdrawalId = request.withdrawalId();
    try {
      holdId = bank.authorizeHold(withdrawalId, request.accountId(), request.amountCents());
    } catch (ActivityFailure e) {
      return finish(WithdrawalState.DECLINED, Failures.rootMessage(e));
    }
    state = WithdrawalState.DISPENSING;
    try {
      bank.dispense(withdrawalId, request.atmId(), request.amountCents());
    } catch (ActivityFailure e) {
      return release("dispense command failed: " + Failures.rootMessage(e));
    }
    state = WithdrawalState.AWAITING_CONFIRMATION;
    Workflow.await(Duration.ofSeconds(request.confirmationTimeoutSeconds()), () -> dispensed != null);
    if (dispensed == null) {
      return release("dispense not confirmed within " + request.confirmationTimeoutSeconds() + "s");
    }
    if (!dispensed) {
      return release(detail);
    }
    bank.capture(withdrawalId);
    return finish(WithdrawalState.CAPTURED, "captured " + request.amountCents() + " from " + request.accountId());
  }

  private WithdrawalStatus release(String why) {
    releases.releaseHold(withdrawalId);
    return finish(WithdrawalState.RELEASED, why);
  }

  private WithdrawalStatus finish(WithdrawalState outcome, String why) {
    state = outcome;
    detail = why;
    return status();
  }

  @Override
  public void confirmDispensed() {
    if (dispensed == null) {
      dispensed = true;
    }
  }

  @Override
  public void reportDispenseFailure(String reason) {
    if (dispensed == null) {
      dispensed = false;
      detail = "ATM could not dispense: " + reason;
    }
  }

  @Override
  public WithdrawalStatus status() {
    return new WithdrawalStatus(withdrawalId, state, holdId, detail);
  }
}
