package dev.millrace.payroll;

import java.time.Duration;

/** Payroll's task queue and option defaults, kept in one place so worker and client agree. */
public final class PayrollDefaults {
  public static final String TASK_QUEUE = "millrace-payroll";
  public static final int MAX_CONCURRENT_PAYMENTS = 50;
  public static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(30);
  public static final int PAYMENT_ATTEMPTS = 3;

  /** Failure type for a payment the bank refuses (closed account): not retried by the activity. */
  public static final String REFUSED = "PaymentRefused";

  private PayrollDefaults() {}

  /** The child workflow id of one employee's payment: one per payroll and employee, never two. */
  public static String paymentWorkflowId(String payrollId, String employeeId) {
    return payrollId + "/" + employeeId;
  }
}
