package dev.millrace.pipeline.text.entities;

import java.math.BigDecimal;

/** Reads the numbers the recognizers find ("1,234.5", "million") and prints them without exponent. */
final class Numbers {
  private Numbers() {}

  static BigDecimal parse(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }

  static BigDecimal scale(String word) {
    if (word == null) {
      return BigDecimal.ONE;
    }
    return switch (word) {
      case "thousand" -> BigDecimal.valueOf(1_000L);
      case "million" -> BigDecimal.valueOf(1_000_000L);
      case "billion" -> BigDecimal.valueOf(1_000_000_000L);
      case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> throw new IllegalArgumentException("unknown scale " + word);
    };
  }

  static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
