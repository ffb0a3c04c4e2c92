package dev.millrace.pipeline.text.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Regular-expression rules for dates, money, percentages, quantities, e-mail addresses, URLs and
 * capitalised multi-word names. Honest about what it is: names are candidates, not recognised people or
 * places. Earlier recognizers win where candidates overlap, so "$5 million" is money, not a quantity.
 */
public final class RuleBasedEntityExtractor implements EntityExtractor {
  private final List<Recognizer> recognizers = List.of(
      new ContactRecognizer(), new DateRecognizer(), new MoneyRecognizer(), new PercentRecognizer(),
      new QuantityRecognizer(), new NameRecognizer());

  @Override
  public List<Entity> extract(String text) {
    BitSet taken = new BitSet(text.length());
    List<Entity> accepted = new ArrayList<>();
    for (Recognizer recognizer : recognizers) {
      List<Entity> candidates = new ArrayList<>();
      recognizer.find(text, candidates);
      for (Entity candidate : candidates) {
        if (taken.nextSetBit(candidate.start()) < 0 || taken.nextSetBit(candidate.start()) >= candidate.end()) {
          taken.set(candidate.start(), candidate.end());
          accepted.add(candidate);
        }
      }
    }
    accepted.sort(Comparator.comparingInt(Entity::start));
    return accepted;
  }
}
