package dev.millrace.payments;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One transfer: validated, screened, debited, approved if large, credited, notified; refunded if it cannot finish. */
@WorkflowInterface
public interface PaymentTransferWorkflow {
  @WorkflowMethod
  TransferStatus transfer(TransferRequest request);

  @SignalMethod
  void approve(String approver);

  @SignalMethod
  void reject(String approver, String reason);

  @QueryMethod
  TransferStatus status();
}
