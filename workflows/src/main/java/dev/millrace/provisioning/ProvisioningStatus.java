package dev.millrace.provisioning;

import java.util.Map;

/** The status query's answer: every step's state, the resources created and why a rollback happened. */
public record ProvisioningStatus(String environmentId, ProvisioningState state, Map<Step, StepState> steps,
                                 Map<Step, String> resources, String failure) {}
