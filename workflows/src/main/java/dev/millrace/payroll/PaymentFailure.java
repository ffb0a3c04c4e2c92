package dev.millrace.payroll;

/** An employee who could not be paid, and why. */
public record PaymentFailure(String employeeId, String reason) {}
