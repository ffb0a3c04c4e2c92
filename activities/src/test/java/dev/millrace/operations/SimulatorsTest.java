package dev.millrace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.billing.BillingDefaults;
import dev.millrace.billing.Charge;
import dev.millrace.billing.ChargeRequest;
import dev.millrace.billing.GatewaySimulator;
import dev.millrace.provisioning.CloudSimulator;
import dev.millrace.provisioning.Step;
import dev.millrace.store.Database;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulators on the real embedded database: their unique keys, not the callers, stop double effects. */
class SimulatorsTest {
  @TempDir Path dir;
  private Database db;
  private Sql sql;
  private FaultPlan faults;
  private BankLedger ledger;

  @BeforeEach
  void open() {
    db = Database.open(Database.embeddedUrl(dir), null, null);
    sql = new Sql(db.dataSource());
    faults = new FaultPlan(sql);
    ledger = new BankLedger(sql);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aCycleChargedTwiceEvenUnderAnotherIdempotencyKeyIsInTheLedgerOnce() {
    GatewaySimulator gateway = new GatewaySimulator(sql, faults);
    Charge first = gateway.charge(new ChargeRequest("sub-1", "cust-1", 0, 0, "basic", 1_000));
    Charge retried = gateway.charge(new ChargeRequest("sub-1", "cust-1", 0, 0, "basic", 1_000));
    Charge otherAttempt = gateway.charge(new ChargeRequest("sub-1", "cust-1", 0, 1, "basic", 1_000));

    assertThat(retried).isEqualTo(first);
    assertThat(otherAttempt).isEqualTo(first);
    assertThat(gateway.chargesOf("sub-1")).isEqualTo(1);
    assertThat(sql.one("SELECT COUNT(*) FROM gateway_charge", row -> row.getInt(1))).contains(1);
  }

  @Test
  void aPlannedDeclineRefusesTheChargeThenTheNextAttemptSucceeds() {
    GatewaySimulator gateway = new GatewaySimulator(sql, faults);
    faults.plan(GatewaySimulator.SYSTEM, "sub-2", Fault.REFUSE, 1, Duration.ZERO);

    assertThatThrownBy(() -> gateway.charge(new ChargeRequest("sub-2", "cust-2", 0, 0, "basic", 1_000)))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> {
          assertThat(f.getType()).isEqualTo(BillingDefaults.DECLINED);
          assertThat(f.isNonRetryable()).isTrue();
        });
    assertThat(gateway.chargesOf("sub-2")).isZero();
    assertThat(gateway.charge(new ChargeRequest("sub-2", "cust-2", 0, 1, "basic", 1_000)).cycle()).isZero();
    assertThat(gateway.chargesOf("sub-2")).isEqualTo(1);
  }

  @Test
  void anOutageIsRetryableAndAppliesToAnyKeyWhenPlannedForAll() {
    CloudSimulator cloud = new CloudSimulator(sql, faults);
    faults.plan(CloudSimulator.SYSTEM, FaultPlan.ANY, Fault.FAIL, 2, Duration.ZERO);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cloud.create("env-1", "eu", Step.NETWORK))
          .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isFalse());
    }
    assertThat(cloud.create("env-1", "eu", Step.NETWORK)).isEqualTo("eu/env-1/network");
  }

  @Test
  void cloudCreateAndDeleteAreIdempotent() {
    CloudSimulator cloud = new CloudSimulator(sql, faults);
    String id = cloud.create("env-2", "eu", Step.DATABASE);

    assertThat(cloud.create("env-2", "eu", Step.DATABASE)).isEqualTo(id);
    assertThat(cloud.resourcesOf("env-2")).isEqualTo(1);
    cloud.delete("env-2", Step.DATABASE);
    cloud.delete("env-2", Step.DATABASE);
    assertThat(cloud.resourcesOf("env-2")).isZero();
  }

  @Test
  void aPostingMadeByFourThreadsAtOnceMovesTheMoneyOnce() throws Exception {
    ledger.open("acc-1", 10_000);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Boolean>> posts = IntStream.range(0, 4)
          .<Callable<Boolean>>mapToObj(i -> () -> ledger.post("tx-9", "DEBIT", "acc-1", -2_500, "Refused")).toList();
      long posted = pool.invokeAll(posts).stream().filter(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }).count();

      assertThat(posted).isEqualTo(1);
      assertThat(ledger.balance("acc-1")).isEqualTo(7_500);
      assertThat(ledger.postings("tx-9")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void insufficientFundsAreRefusedAndPostNothing() {
    ledger.open("acc-2", 100);

    assertThatThrownBy(() -> ledger.post("tx-10", "DEBIT", "acc-2", -500, "Refused"))
        .isInstanceOfSatisfying(ApplicationFailure.class, f -> assertThat(f.getOriginalMessage())
            .isEqualTo("insufficient funds in acc-2"));
    assertThat(ledger.balance("acc-2")).isEqualTo(100);
    assertThat(ledger.postings("tx-10")).isZero();
  }
}
