package dev.millrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.billing.BillingStatus;
import dev.millrace.billing.GatewaySimulator;
import dev.millrace.billing.Plan;
import dev.millrace.billing.SubscriptionRequest;
import dev.millrace.client.OperationsClient;
import dev.millrace.operations.BankLedger;
import dev.millrace.operations.Fault;
import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;
import dev.millrace.payments.BankSimulator;
import dev.millrace.payments.TransferRequest;
import dev.millrace.payments.TransferStatus;
import dev.millrace.payroll.Payee;
import dev.millrace.payroll.PayrollRequest;
import dev.millrace.payroll.PayrollStatus;
import dev.millrace.provisioning.CloudSimulator;
import dev.millrace.provisioning.ProvisioningRequest;
import dev.millrace.provisioning.ProvisioningStatus;
import dev.millrace.provisioning.Step;
import dev.millrace.store.Database;
import dev.millrace.withdrawal.AtmSimulator;
import dev.millrace.withdrawal.WithdrawalRequest;
import dev.millrace.withdrawal.WithdrawalStatus;
import dev.millrace.store.DatabaseOptions;
import dev.millrace.worker.OperationsWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code millrace ops demo}: one operations workflow end to end in this process, on the embedded Temporal
 * server (or TEMPORAL_ADDRESS), a worker and the simulators on the embedded database. Prints one JSON object:
 * the workflow's final status and what the simulated systems hold afterwards.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run one operations workflow end to end on embedded defaults and print what happened.")
final class OpsDemoCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin DatabaseOptions database;


  @Spec CommandSpec spec;

  /** What a demo gets: the client, the simulators' state and a unique suffix for its ids. */
  record Context(OperationsClient client, Sql sql, BankLedger ledger, FaultPlan faults, String id) {}

  @Command(name = "billing", description = "Charge a subscription's first cycle, change its plan, cancel it.")
  int billing() {
    return run(demo -> {
      String subscription = "sub-" + demo.id();
      demo.client().startSubscription(new SubscriptionRequest(subscription, "cust-" + demo.id(),
          new Plan("basic", 1_000), Instant.now().toEpochMilli(), 0, 12));
      await(() -> demo.client().billingStatus(subscription).cyclesCharged() == 1);
      long effective = demo.client().changePlan(subscription, new Plan("premium", 2_500));
      demo.client().cancelSubscription(subscription, "demo over");
      BillingStatus status = demo.client().result(subscription, BillingStatus.class);
      return Map.of("status", status, "planChangeEffective", Instant.ofEpochMilli(effective).toString(),
          "ledgerCharges", new GatewaySimulator(demo.sql(), demo.faults()).chargesOf(subscription));
    });
  }

  @Command(name = "provisioning", description = "Provision an environment; --fail-at STEP to see the rollback.")
  int provisioning(@Option(names = "--fail-at", description = "NETWORK, DATABASE, SERVICE or DNS") Step failAt) {
    return run(demo -> {
      String environment = "env-" + demo.id();
      if (failAt != null) {
        demo.faults().plan(CloudSimulator.SYSTEM, environment + "/" + failAt, Fault.REFUSE, 1, Duration.ZERO);
      }
      demo.client().startProvisioning(new ProvisioningRequest(environment, "local", 300));
      ProvisioningStatus status = demo.client().result(environment, ProvisioningStatus.class);
      return Map.of("status", status,
          "resourcesLeft", new CloudSimulator(demo.sql(), demo.faults()).resourcesOf(environment));
    });
  }

  @Command(name = "transfer", description = "Move money; large amounts wait for --approve, --reject or expire.")
  int transfer(@Option(names = "--amount", defaultValue = "5000") long amount,
               @Option(names = "--fail-credit", description = "Make the credit fail, to see the refund.") boolean failCredit,
               @Option(names = "--approve") boolean approve,
               @Option(names = "--reject") boolean reject) {
    return run(demo -> {
      String reference = "tx-" + demo.id();
      String from = "alice-" + demo.id();
      String to = "bob-" + demo.id();
      demo.ledger().open(from, 1_000_000);
      demo.ledger().open(to, 0);
      if (failCredit) {
        demo.faults().plan(BankSimulator.SYSTEM, reference + "/CREDIT", Fault.REFUSE, -1, Duration.ZERO);
      }
      demo.client().startTransfer(new TransferRequest(reference, from, to, amount, "EUR", 100_000, 3));
      if (approve) {
        demo.client().approveTransfer(reference, "demo-approver");
      } else if (reject) {
        demo.client().rejectTransfer(reference, "demo-approver", "not expected");
      }
      TransferStatus status = demo.client().result(reference, TransferStatus.class);
      return Map.of("status", status, "balances", Map.of(from, demo.ledger().balance(from), to,
          demo.ledger().balance(to)));
    });
  }

  @Command(name = "payroll", description = "Pay N employees as child workflows; --closed K closes K accounts.")
  int payroll(@Option(names = "--employees", defaultValue = "100") int employees,
              @Option(names = "--closed", defaultValue = "0") int closed,
              @Option(names = "--max-concurrent", defaultValue = "10") int window) {
    return run(demo -> {
      String payroll = "payroll-" + demo.id();
      List<Payee> payees = IntStream.range(0, employees)
          .mapToObj(i -> new Payee("e-" + i, "acc-" + demo.id() + "-" + i, 100_000)).toList();
      payees.forEach(p -> demo.ledger().open(p.account(), 0));
      payees.stream().limit(closed).forEach(p -> demo.ledger().close(p.account()));
      demo.client().startPayroll(new PayrollRequest(payroll, payees, window));
      PayrollStatus status = demo.client().result(payroll, PayrollStatus.class);
      long postings = payees.stream().mapToLong(p -> demo.ledger().postings(payroll + "/" + p.employeeId())).sum();
      return Map.of("status", status, "salaryPostings", postings);
    });
  }

  @Command(name = "withdrawal", description = "Withdraw cash; --silent-atm never confirms, so the hold is released.")
  int withdrawal(@Option(names = "--silent-atm") boolean silent) {
    return run(demo -> {
      String withdrawal = "w-" + demo.id();
      String account = "card-" + demo.id();
      String atm = "atm-" + demo.id();
      demo.ledger().open(account, 50_000);
      if (silent) {
        demo.faults().plan(AtmSimulator.SYSTEM, atm, Fault.SILENT, 1, Duration.ZERO);
      }
      demo.client().startWithdrawal(new WithdrawalRequest(withdrawal, atm, account, 20_000, 3));
      WithdrawalStatus status = demo.client().result(withdrawal, WithdrawalStatus.class);
      return Map.of("status", status, "balance", demo.ledger().balance(account));
    });
  }

  private int run(Function<Context, Map<String, Object>> demo) {
    try (LocalTemporal temporal = LocalTemporal.open(System.getenv());
         Database db = database.open();
         OperationsWorker worker = OperationsWorker.start(temporal.client(), db.dataSource())) {
      Sql sql = new Sql(db.dataSource());
      Context context = new Context(new OperationsClient(temporal.client()), sql, new BankLedger(sql),
          new FaultPlan(sql), UUID.randomUUID().toString().substring(0, 8));
      Map<String, Object> report = new LinkedHashMap<>(demo.apply(context));
      spec.commandLine().getOut().println(JSON.writeValueAsString(report));
      return ExitCodes.COMPLETED;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the report as JSON", e);
    }
  }

  /** Polls the workflow's query until the condition holds; the demo is interactive, so a minute is plenty. */
  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the workflow did not get there within a minute");
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
