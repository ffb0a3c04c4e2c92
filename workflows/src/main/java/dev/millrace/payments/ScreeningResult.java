package dev.millrace.payments;

/** A sanctions check: cleared, or the party on the list and why. */
public record ScreeningResult(boolean cleared, String reason) {}
