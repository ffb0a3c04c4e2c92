package dev.millrace.reliability;

import java.util.Locale;

/**
 * How big the reliability suite runs: {@code reduced} (the default, what CI runs in a few minutes) or
 * {@code full} (the published figures), chosen with {@code -Dmillrace.reliability.size}.
 */
public enum ReliabilitySize {
  REDUCED,
  FULL;

  /** The size chosen for this run; an unknown value fails loudly rather than silently running small. */
  public static ReliabilitySize current() {
    String value = System.getProperty("millrace.reliability.size", "reduced");
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("millrace.reliability.size must be reduced or full, not '" + value + "'", e);
    }
  }

  /** Picks the reduced or the full figure for a scenario parameter. */
  public int pick(int reduced, int full) {
    return this == FULL ? full : reduced;
  }
}
