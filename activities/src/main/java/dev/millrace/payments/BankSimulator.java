package dev.millrace.payments;

import dev.millrace.operations.BankLedger;
import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bank on the SQL database: accounts, a posting ledger keyed by reference and kind, and a sanctions list.
 * Faults for system {@value #SYSTEM} target "reference/STEP" (for example "tx-1/CREDIT").
 */
public final class BankSimulator implements PaymentActivities {
  public static final String SYSTEM = "bank";
  private static final Logger log = LoggerFactory.getLogger(BankSimulator.class);

  private final Sql sql;
  private final BankLedger ledger;
  private final FaultPlan faults;

  public BankSimulator(Sql sql, BankLedger ledger, FaultPlan faults) {
    this.sql = sql;
    this.ledger = ledger;
    this.faults = faults;
  }

  @Override
  public void validate(TransferRequest request) {
    if (request.amountCents() <= 0) {
      throw refused("amount must be positive, got " + request.amountCents());
    }
    if (request.fromAccount().equals(request.toAccount())) {
      throw refused("from and to are the same account " + request.fromAccount());
    }
    for (String account : new String[] {request.fromAccount(), request.toAccount()}) {
      if (sql.one("SELECT 1 FROM bank_account WHERE account_id = ?", row -> true, account).isEmpty()) {
        throw refused("no account " + account);
      }
    }
  }

  @Override
  public ScreeningResult screen(TransferRequest request) {
    fault(request.reference(), "SCREEN");
    for (String account : new String[] {request.fromAccount(), request.toAccount()}) {
      var hit = sql.one("SELECT reason FROM sanctioned_party WHERE account_id = ?", row -> row.getString(1), account);
      if (hit.isPresent()) {
        return new ScreeningResult(false, account + " is on the sanctions list: " + hit.get());
      }
    }
    return new ScreeningResult(true, null);
  }

  @Override
  public void debit(String reference, String account, long amountCents) {
    fault(reference, "DEBIT");
    ledger.post(reference, "DEBIT", account, -amountCents, PaymentDefaults.REFUSED);
  }

  @Override
  public void credit(String reference, String account, long amountCents) {
    fault(reference, "CREDIT");
    ledger.post(reference, "CREDIT", account, amountCents, PaymentDefaults.REFUSED);
  }

  @Override
  public void refund(String reference, String account, long amountCents) {
    fault(reference, "REFUND");
    ledger.post(reference, "REFUND", account, amountCents, PaymentDefaults.REFUSED);
  }

  @Override
  public void notify(String reference, TransferState outcome, String detail) {
    log.info("Transfer {} {}: {}", reference, outcome, detail);
  }

  /** Lists the account as sanctioned. */
  public void sanction(String account, String reason) {
    sql.inTransaction(c -> Sql.insertIfAbsent(c, "INSERT INTO sanctioned_party (account_id, reason) VALUES (?, ?)",
        account, reason));
  }

  private void fault(String reference, String step) {
    faults.apply(SYSTEM, reference + "/" + step, PaymentDefaults.REFUSED, step.toLowerCase() + " refused by the bank");
  }

  private static ApplicationFailure refused(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, PaymentDefaults.REFUSED);
  }
}
