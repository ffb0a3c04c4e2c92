package dev.millrace.billing;

/** A price plan: what a subscription pays each month, in the smallest currency unit. */
public record Plan(String code, long priceCents) {
  public Plan {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("plan code must not be blank");
    }
    if (priceCents <= 0) {
      throw new IllegalArgumentException("plan price must be positive, got " + priceCents);
    }
  }
}
