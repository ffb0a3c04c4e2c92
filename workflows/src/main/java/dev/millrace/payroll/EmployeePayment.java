package dev.millrace.payroll;

/** One employee's pay in one payroll; the pair is the bank's idempotency key. */
public record EmployeePayment(String payrollId, String employeeId, String account, long amountCents) {
  public String idempotencyKey() {
    return PayrollDefaults.paymentWorkflowId(payrollId, employeeId);
  }
}
