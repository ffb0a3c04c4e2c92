package dev.millrace.payroll;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Pays every employee of a payroll once, a bounded number at a time. */
@WorkflowInterface
public interface PayrollWorkflow {
  @WorkflowMethod
  PayrollStatus run(PayrollRequest request);

  @QueryMethod
  PayrollStatus status();
}
