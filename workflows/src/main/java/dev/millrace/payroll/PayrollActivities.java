package dev.millrace.payroll;

import io.temporal.activity.ActivityInterface;

/** The bank as payroll sees it. */
@ActivityInterface
public interface PayrollActivities {
  /** Pays once per {@link EmployeePayment#idempotencyKey()}; a repeat returns the first payment's reference. */
  String pay(EmployeePayment payment);
}
