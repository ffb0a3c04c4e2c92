package dev.millrace.payroll;

/** Where a payroll run stands. */
public enum PayrollPhase { PAYING, RETRYING_FAILURES, COMPLETED }
