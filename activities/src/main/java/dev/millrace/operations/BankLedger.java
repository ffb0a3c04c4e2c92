package dev.millrace.operations;

import io.temporal.failure.ApplicationFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The simulated bank's ledger. A posting is keyed by reference and kind: the same movement posted twice
 * (a retried activity, a replayed workflow) changes the balance once, because the database refuses the key.
 */
public final class BankLedger {
  private final Sql sql;

  public BankLedger(Sql sql) {
    this.sql = sql;
  }

  public void open(String accountId, long balanceCents) {
    sql.inTransaction(c -> Sql.insertIfAbsent(c,
        "INSERT INTO bank_account (account_id, balance_cents, closed) VALUES (?, ?, FALSE)", accountId, balanceCents));
  }

  public void close(String accountId) {
    sql.update("UPDATE bank_account SET closed = TRUE WHERE account_id = ?", accountId);
  }

  public long balance(String accountId) {
    return sql.one("SELECT balance_cents FROM bank_account WHERE account_id = ?", row -> row.getLong(1), accountId)
        .orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
  }

  /**
   * Moves {@code deltaCents} (negative: out of the account) once per reference and kind.
   *
   * @return true if this call posted it, false if it was posted before
   * @throws ApplicationFailure of {@code refusalType}, not retryable, for an unknown or closed account or
   *     insufficient funds
   */
  public boolean post(String reference, String kind, String accountId, long deltaCents, String refusalType) {
    return sql.inTransaction(c -> {
      Account account = Sql.one(c, "SELECT balance_cents, closed FROM bank_account WHERE account_id = ? FOR UPDATE",
              row -> new Account(row.getLong(1), row.getBoolean(2)), accountId)
          .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure("no account " + accountId, refusalType));
      if (account.closed()) {
        throw ApplicationFailure.newNonRetryableFailure("account " + accountId + " is closed", refusalType);
      }
      if (!insertPosting(c, reference, kind, accountId, deltaCents)) {
        return false;
      }
      if (account.balanceCents() + deltaCents < 0) {
        throw ApplicationFailure.newNonRetryableFailure("insufficient funds in " + accountId, refusalType);
      }
      Sql.update(c, "UPDATE bank_account SET balance_cents = balance_cents + ? WHERE account_id = ?", deltaCents,
          accountId);
      return true;
    });
  }

  /** The posting of that reference and kind, if any. */
  public java.util.Optional<Posting> posting(String reference, String kind) {
    return sql.one("SELECT account_id, amount_cents FROM bank_posting WHERE reference = ? AND kind = ?",
        row -> new Posting(row.getString(1), row.getLong(2)), reference, kind);
  }

  /** An account and the signed amount moved. */
  public record Posting(String accountId, long amountCents) {}

  public int postings(String reference) {
    return sql.one("SELECT COUNT(*) FROM bank_posting WHERE reference = ?", row -> row.getInt(1), reference).orElse(0);
  }

  private static boolean insertPosting(Connection c, String reference, String kind, String accountId, long delta)
      throws SQLException {
    return Sql.insertIfAbsent(c, "INSERT INTO bank_posting (reference, kind, account_id, amount_cents, posted_at)"
        + " VALUES (?, ?, ?, ?, ?)", reference, kind, accountId, delta, Timestamp.from(Instant.now()));
  }

  private record Account(long balanceCents, boolean closed) {}
}
