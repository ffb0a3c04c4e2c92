package dev.millrace.payroll;

import java.util.List;

/** The status query's answer and the workflow's result: counts, and every employee left unpaid with the reason. */
public record PayrollStatus(String payrollId, PayrollPhase phase, int employees, int paid, int inFlight,
                            int retried, long paidCents, List<PaymentFailure> failures) {}
