package dev.millrace.payroll;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;

/** Pays one employee with a few retries; what still fails is reported to the payroll run. */
public final class EmployeePaymentWorkflowImpl implements EmployeePaymentWorkflow {
  private final PayrollActivities bank = Workflow.newActivityStub(PayrollActivities.class,
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(PayrollDefaults.PAYMENT_TIMEOUT)
          .setRetryOptions(RetryOptions.newBuilder()
              .setMaximumAttempts(PayrollDefaults.PAYMENT_ATTEMPTS)
              .setDoNotRetry(PayrollDefaults.REFUSED)
              .build())
          .build());

  @Override
  public String pay(EmployeePayment payment) {
    return bank.pay(payment);
  }
}
