package dev.millrace.provisioning;

/** Where one step stands. */
public enum StepState { PENDING, CREATING, CREATED, COMPENSATING, COMPENSATED }
