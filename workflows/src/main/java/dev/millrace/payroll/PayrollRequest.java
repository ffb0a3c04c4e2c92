package dev.millrace.payroll;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A payroll run: who to pay and how many payments may be in flight at once. */
public record PayrollRequest(String payrollId, List<Payee> payees, int maxConcurrent) {
  public PayrollRequest {
    if (payrollId == null || payrollId.isBlank()) {
      throw new IllegalArgumentException("payrollId must not be blank");
    }
    if (maxConcurrent <= 0) {
      throw new IllegalArgumentException("maxConcurrent must be positive, got " + maxConcurrent);
    }
    Set<String> seen = new HashSet<>();
    for (Payee payee : payees) {
      if (!seen.add(payee.employeeId())) {
        throw new IllegalArgumentException("employee " + payee.employeeId() + " is listed twice in payroll " + payrollId);
      }
    }
    payees = List.copyOf(payees);
  }
}
