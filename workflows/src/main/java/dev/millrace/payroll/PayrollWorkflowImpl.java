package dev.millrace.payroll;

import dev.millrace.operations.Failures;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one child workflow per employee, at most {@code maxConcurrent} at once. The child's id is the
 * payroll and employee, so Temporal itself refuses a second payment of the same person; failures are
 * collected, retried once when everyone else is done, and reported.
 */
public final class PayrollWorkflowImpl implements PayrollWorkflow {
  private String payrollId;
  private PayrollPhase phase = PayrollPhase.PAYING;
  private int employees;
  private int paid;
  private int inFlight;
  private int retried;
  private long paidCents;
  private List<PaymentFailure> failures = new ArrayList<>();

  @Override
  public PayrollStatus run(PayrollRequest request) {
    payrollId = request.payrollId();
    employees = request.payees().size();
    List<Payee> failed = payAll(request.payees(), request.maxConcurrent());
    if (!failed.isEmpty()) {
      phase = PayrollPhase.RETRYING_FAILURES;
      retried = failed.size();
      failures = new ArrayList<>();
      payAll(failed, request.maxConcurrent());
    }
    phase = PayrollPhase.COMPLETED;
    return status();
  }

  /** Pays the payees in a sliding window and returns those who could not be paid. */
  private List<Payee> payAll(List<Payee> payees, int maxConcurrent) {
    List<Payee> failed = new ArrayList<>();
    for (Payee payee : payees) {
      Workflow.await(() -> inFlight < maxConcurrent);
      inFlight++;
      EmployeePaymentWorkflow child = Workflow.newChildWorkflowStub(EmployeePaymentWorkflow.class,
          ChildWorkflowOptions.newBuilder()
              .setWorkflowId(PayrollDefaults.paymentWorkflowId(payrollId, payee.employeeId()))
              .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
              .build());
      EmployeePayment payment = new EmployeePayment(payrollId, payee.employeeId(), payee.account(), payee.amountCents());
      Async.function(child::pay, payment).handle((reference, error) -> {
        inFlight--;
        if (error == null) {
          paid++;
          paidCents += payee.amountCents();
        } else {
          failed.add(payee);
          failures.add(new PaymentFailure(payee.employeeId(), Failures.rootMessage(error)));
        }
        return reference;
      });
    }
    Workflow.await(() -> inFlight == 0);
    return failed;
  }

  @Override
  public PayrollStatus status() {
    return new PayrollStatus(payrollId, phase, employees, paid, inFlight, retried, paidCents, List.copyOf(failures));
  }
}
