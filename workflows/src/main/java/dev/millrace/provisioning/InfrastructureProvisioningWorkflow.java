package dev.millrace.provisioning;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Provisions network, database, service and DNS as a saga: all of them, or none left behind. */
@WorkflowInterface
public interface InfrastructureProvisioningWorkflow {
  @WorkflowMethod
  ProvisioningStatus provision(ProvisioningRequest request);

  @QueryMethod
  ProvisioningStatus status();
}
