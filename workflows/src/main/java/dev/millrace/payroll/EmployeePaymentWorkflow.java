package dev.millrace.payroll;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One employee's payment, a child of the payroll run, so each has its own retries and history. */
@WorkflowInterface
public interface EmployeePaymentWorkflow {
  /** Returns the bank's reference of the payment. */
  @WorkflowMethod
  String pay(EmployeePayment payment);
}
