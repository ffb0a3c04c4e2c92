package dev.millrace.withdrawal;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One cash withdrawal: hold, dispense, capture, or release the hold if the ATM does not confirm in time. */
@WorkflowInterface
public interface CashWithdrawalWorkflow {
  @WorkflowMethod
  WithdrawalStatus withdraw(WithdrawalRequest request);

  /** The ATM reports the notes were taken. */
  @SignalMethod
  void confirmDispensed();

  /** The ATM reports it could not dispense (jam, empty cassette). */
  @SignalMethod
  void reportDispenseFailure(String reason);

  @QueryMethod
  WithdrawalStatus status();
}
