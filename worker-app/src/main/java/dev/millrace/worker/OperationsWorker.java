package dev.millrace.worker;

import dev.millrace.billing.BillingDefaults;
import dev.millrace.billing.GatewaySimulator;
import dev.millrace.billing.SubscriptionBillingWorkflowImpl;
import dev.millrace.operations.BankLedger;
import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;
import dev.millrace.payments.BankSimulator;
import dev.millrace.payments.PaymentDefaults;
import dev.millrace.payments.PaymentTransferWorkflowImpl;
import dev.millrace.payroll.EmployeePaymentWorkflowImpl;
import dev.millrace.payroll.PayrollBankSimulator;
import dev.millrace.payroll.PayrollDefaults;
import dev.millrace.payroll.PayrollWorkflowImpl;
import dev.millrace.provisioning.CloudSimulator;
import dev.millrace.provisioning.InfrastructureProvisioningWorkflowImpl;
import dev.millrace.provisioning.ProvisioningDefaults;
import dev.millrace.withdrawal.AtmSimulator;
import dev.millrace.withdrawal.CashWithdrawalWorkflowImpl;
import dev.millrace.withdrawal.WithdrawalDefaults;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The operations workflows, each on its own task queue, with the simulators as their activities. Kept apart
 * from {@link PipelineWorker} so either can run without the other; the simulators are the one place to
 * swap in clients of real gateways, clouds and banks.
 */
public final class OperationsWorker implements AutoCloseable {
  private final WorkerFactory factory;

  private OperationsWorker(WorkerFactory factory) {
    this.factory = factory;
  }

  public static OperationsWorker start(WorkflowClient client, DataSource dataSource) {
    WorkerFactory factory = WorkerFactory.newInstance(client);
    register(factory, dataSource);
    factory.start();
    return new OperationsWorker(factory);
  }

  /** Adds a worker per operations task queue to the factory. */
  public static void register(WorkerFactory factory, DataSource dataSource) {
    Sql sql = new Sql(dataSource);
    FaultPlan faults = new FaultPlan(sql);
    BankLedger ledger = new BankLedger(sql);
    feature(factory, BillingDefaults.TASK_QUEUE, new GatewaySimulator(sql, faults), SubscriptionBillingWorkflowImpl.class);
    feature(factory, ProvisioningDefaults.TASK_QUEUE, new CloudSimulator(sql, faults),
        InfrastructureProvisioningWorkflowImpl.class);
    feature(factory, PaymentDefaults.TASK_QUEUE, new BankSimulator(sql, ledger, faults), PaymentTransferWorkflowImpl.class);
    feature(factory, PayrollDefaults.TASK_QUEUE, new PayrollBankSimulator(ledger, faults), PayrollWorkflowImpl.class,
        EmployeePaymentWorkflowImpl.class);
    feature(factory, WithdrawalDefaults.TASK_QUEUE, new AtmSimulator(sql, ledger, faults), CashWithdrawalWorkflowImpl.class);
  }

  private static void feature(WorkerFactory factory, String taskQueue, Object activities, Class<?>... workflows) {
    Worker worker = factory.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(workflows);
    worker.registerActivitiesImplementations(activities);
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(30, TimeUnit.SECONDS);
    if (!factory.isTerminated()) {
      factory.shutdownNow();
    }
  }
}
