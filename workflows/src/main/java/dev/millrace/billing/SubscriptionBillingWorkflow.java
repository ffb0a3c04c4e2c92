package dev.millrace.billing;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** One subscription, billed monthly by durable timers until cancelled, suspended or done. */
@WorkflowInterface
public interface SubscriptionBillingWorkflow {
  @WorkflowMethod
  BillingStatus bill(BillingCursor cursor);

  @SignalMethod
  void cancel(String reason);

  /** Changes the plan from the next cycle on; returns the epoch millis of the first charge at the new price. */
  @UpdateMethod
  long changePlan(Plan plan);

  @UpdateValidatorMethod(updateName = "changePlan")
  void validateChangePlan(Plan plan);

  @QueryMethod
  BillingStatus status();
}
