package dev.millrace.patterns;

import java.util.Optional;

/**
 * One row of the catalogue. The demo is empty for a pattern rated {@link Rating#NONE}, whose
 * caveat then says why it is not offered.
 */
public record PatternEntry(
    int number, String name, Rating rating, String primitive, String caveat, Optional<PatternDemo> demo) {

  static PatternEntry of(int number, String name, Rating rating, String primitive, PatternDemo demo) {
    return new PatternEntry(number, name, rating, primitive, "", Optional.of(demo));
  }

  static PatternEntry unsupported(int number, String name, String caveat) {
    return new PatternEntry(number, name, Rating.NONE, "none", caveat, Optional.empty());
  }
}
