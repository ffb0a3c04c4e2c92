package dev.millrace.billing;

import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment gateway and billing ledger on the SQL database. The ledger's key (subscription, cycle) makes a
 * second charge of a cycle impossible; the gateway answers a repeated idempotency key with its first answer.
 * Faults planned for system {@value #SYSTEM} (target: the subscription id) decline, fail or slow it down.
 */
public final class GatewaySimulator implements BillingActivities {
  public static final String SYSTEM = "gateway";

  private final Sql sql;
  private final FaultPlan faults;

  public GatewaySimulator(Sql sql, FaultPlan faults) {
    this.sql = sql;
    this.faults = faults;
  }

  @Override
  public Charge charge(ChargeRequest request) {
    var charged = ledgerEntry(request);
    if (charged != null) {
      return charged;
    }
    faults.apply(SYSTEM, request.subscriptionId(), BillingDefaults.DECLINED, "card of " + request.customerId() + " declined");
    String reference = gatewayReference(request);
    long now = Instant.now().toEpochMilli();
    sql.inTransaction(c -> Sql.insertIfAbsent(c, "INSERT INTO billing_ledger (subscription_id, cycle, plan_code,"
            + " amount_cents, gateway_reference, charged_at) VALUES (?, ?, ?, ?, ?, ?)", request.subscriptionId(),
        request.cycle(), request.planCode(), request.amountCents(), reference, now));
    return ledgerEntry(request);
  }

  /** The gateway's side: a key seen before returns the reference it got then, and charges nothing more. */
  private String gatewayReference(ChargeRequest request) {
    return sql.inTransaction(c -> {
      Sql.insertIfAbsent(c, "INSERT INTO gateway_charge (idempotency_key, customer_id, amount_cents, reference,"
              + " created_at) VALUES (?, ?, ?, ?, ?)", request.idempotencyKey(), request.customerId(),
          request.amountCents(), "ch_" + UUID.randomUUID(), Timestamp.from(Instant.now()));
      return Sql.one(c, "SELECT reference FROM gateway_charge WHERE idempotency_key = ?", row -> row.getString(1),
          request.idempotencyKey()).orElseThrow();
    });
  }

  private Charge ledgerEntry(ChargeRequest request) {
    return sql.one("SELECT cycle, plan_code, amount_cents, gateway_reference, charged_at FROM billing_ledger"
            + " WHERE subscription_id = ? AND cycle = ?",
        row -> new Charge(row.getInt(1), row.getString(2), row.getLong(3), row.getString(4), row.getLong(5)),
        request.subscriptionId(), request.cycle()).orElse(null);
  }

  /** Charges in the ledger for the subscription. */
  public int chargesOf(String subscriptionId) {
    return sql.one("SELECT COUNT(*) FROM billing_ledger WHERE subscription_id = ?", row -> row.getInt(1),
        subscriptionId).orElse(0);
  }
}
