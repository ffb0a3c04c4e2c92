package dev.millrace.payroll;

import dev.millrace.operations.BankLedger;
import dev.millrace.operations.FaultPlan;

/**
 * Pays salaries into accounts of the simulated bank, once per payroll and employee (the posting's key).
 * Faults for system {@value #SYSTEM} target the employee id.
 */
public final class PayrollBankSimulator implements PayrollActivities {
  public static final String SYSTEM = "payroll-bank";

  private final BankLedger ledger;
  private final FaultPlan faults;

  public PayrollBankSimulator(BankLedger ledger, FaultPlan faults) {
    this.ledger = ledger;
    this.faults = faults;
  }

  @Override
  public String pay(EmployeePayment payment) {
    faults.apply(SYSTEM, payment.employeeId(), PayrollDefaults.REFUSED, "payment to " + payment.account() + " refused");
    ledger.post(payment.idempotencyKey(), "SALARY", payment.account(), payment.amountCents(), PayrollDefaults.REFUSED);
    return payment.idempotencyKey();
  }
}
