package dev.millrace.billing;

/** Where a subscription stands. */
public enum SubscriptionState { ACTIVE, DUNNING, SUSPENDED, CANCELLED, COMPLETED }
