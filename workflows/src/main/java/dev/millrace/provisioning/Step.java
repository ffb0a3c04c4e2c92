package dev.millrace.provisioning;

/** The saga's steps, in the order they are created; compensation runs them backwards. */
public enum Step { NETWORK, DATABASE, SERVICE, DNS }
