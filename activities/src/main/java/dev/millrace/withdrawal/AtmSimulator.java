package dev.millrace.withdrawal;

import dev.millrace.operations.BankLedger;
import dev.millrace.operations.Fault;
import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;
import io.temporal.activity.Activity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Card holds on the simulated bank and an ATM that records each dispense once per withdrawal and confirms it
 * by signalling the workflow, as a real ATM controller would. Faults for system {@value #SYSTEM} target the
 * ATM id: {@code SILENT} makes it dispense without ever confirming.
 */
public final class AtmSimulator implements WithdrawalActivities {
  public static final String SYSTEM = "atm";

  private final Sql sql;
  private final BankLedger ledger;
  private final FaultPlan faults;

  public AtmSimulator(Sql sql, BankLedger ledger, FaultPlan faults) {
    this.sql = sql;
    this.ledger = ledger;
    this.faults = faults;
  }

  @Override
  public String authorizeHold(String withdrawalId, String accountId, long amountCents) {
    ledger.post(withdrawalId, "HOLD", accountId, -amountCents, WithdrawalDefaults.REFUSED);
    return "hold-" + withdrawalId;
  }

  @Override
  public void dispense(String withdrawalId, String atmId, long amountCents) {
    Optional<Fault> fault = faults.apply(SYSTEM, atmId, WithdrawalDefaults.REFUSED, "ATM " + atmId + " is offline");
    sql.inTransaction(c -> Sql.insertIfAbsent(c, "INSERT INTO atm_dispense (withdrawal_id, atm_id, amount_cents,"
        + " dispensed_at) VALUES (?, ?, ?, ?)", withdrawalId, atmId, amountCents, Timestamp.from(Instant.now())));
    if (fault.filter(f -> f == Fault.SILENT).isEmpty()) {
      String workflowId = Activity.getExecutionContext().getInfo().getWorkflowId();
      Activity.getExecutionContext().getWorkflowClient()
          .newWorkflowStub(CashWithdrawalWorkflow.class, workflowId).confirmDispensed();
    }
  }

  @Override
  public void capture(String withdrawalId) {
    ledger.posting(withdrawalId, "HOLD").ifPresent(hold ->
        ledger.post(withdrawalId, "CAPTURE", hold.accountId(), 0, WithdrawalDefaults.REFUSED));
  }

  @Override
  public void releaseHold(String withdrawalId) {
    ledger.posting(withdrawalId, "HOLD").ifPresent(hold ->
        ledger.post(withdrawalId, "RELEASE", hold.accountId(), -hold.amountCents(), WithdrawalDefaults.REFUSED));
  }
}
