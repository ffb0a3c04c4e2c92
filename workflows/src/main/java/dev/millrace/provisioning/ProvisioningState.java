package dev.millrace.provisioning;

/** Where a provisioning request stands. */
public enum ProvisioningState { PROVISIONING, COMPENSATING, PROVISIONED, ROLLED_BACK }
