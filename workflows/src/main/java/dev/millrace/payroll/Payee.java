package dev.millrace.payroll;

/** One employee to pay, to which account and how much. */
public record Payee(String employeeId, String account, long amountCents) {}
