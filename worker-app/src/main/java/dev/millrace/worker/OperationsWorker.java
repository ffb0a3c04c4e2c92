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
import io.temporal.worker.WorkerOptions;
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
    return start(client, dataSource, true);
  }

  /** Starts the operations workers; see {@link StickyExecution} for when stickiness must be off. */
  public static OperationsWorker start(WorkflowClient client, DataSource dataSource, boolean stickyExecution) {
    WorkerFactory factory = WorkerFactory.newInstance(client);
    WorkerOptions options =
        StickyExecution.configure(GracefulDrain.configure(WorkerOptions.newBuilder()), stickyExecution).build();
    Sql sql = new Sql(dataSource);
    FaultPlan faults = new FaultPlan(sql);
    BankLedger ledger = new BankLedger(sql);
    feature(factory, options, BillingDefaults.TASK_QUEUE, new GatewaySimulator(sql, faults),
        SubscriptionBillingWorkflowImpl.class);
    feature(factory, options, ProvisioningDefaults.TASK_QUEUE, new CloudSimulator(sql, faults),
        InfrastructureProvisioningWorkflowImpl.class);
    feature(factory, options, PaymentDefaults.TASK_QUEUE, new BankSimulator(sql, ledger, faults),
        PaymentTransferWorkflowImpl.class);
    feature(factory, options, PayrollDefaults.TASK_QUEUE, new PayrollBankSimulator(ledger, faults),
        PayrollWorkflowImpl.class, EmployeePaymentWorkflowImpl.class);
    feature(factory, options, WithdrawalDefaults.TASK_QUEUE, new AtmSimulator(sql, ledger, faults),
        CashWithdrawalWorkflowImpl.class);
    factory.start();
    return new OperationsWorker(factory);
  }

  private static void feature(WorkerFactory factory, WorkerOptions options, String taskQueue, Object activities,
      Class<?>... workflows) {
    Worker worker = factory.newWorker(taskQueue, options);
    worker.registerWorkflowImplementationTypes(workflows);
    worker.registerActivitiesImplementations(activities);
  }

  /** Stops taking new tasks; in-flight ones go on. {@link #close()} waits for them. */
  public void stopPolling() {
    factory.shutdown();
  }

  @Override
  public void close() {
    stopPolling();
    factory.awaitTermination(30, TimeUnit.SECONDS);
    if (!factory.isTerminated()) {
      factory.shutdownNow();
    }
  }
}
