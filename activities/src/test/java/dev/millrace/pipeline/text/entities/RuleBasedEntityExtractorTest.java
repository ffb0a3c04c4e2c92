package dev.millrace.pipeline.text.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedEntityExtractorTest {
  private final EntityExtractor extractor = new RuleBasedEntityExtractor();

  @Test
  void normalisesDatesInEveryWrittenForm() {
    List<Entity> found = extractor.extract("On July 4th, 1776 and the 30th of June 1862, also Tue, 6 Aug 2002, "
        + "2002-08-06, 8/6/2002 and March 1933, in fiscal year 1862. Not February 30, 1900, nor 1,500 of 2000 men.");

    assertThat(found).filteredOn(e -> e.type() == EntityType.DATE).extracting(Entity::value)
        .containsExactly("1776-07-04", "1862-06-30", "2002-08-06", "2002-08-06", "2002-08-06", "1933-03", "1862");
  }

  @Test
  void readsMoneyPercentagesAndQuantitiesWithUnits() {
    List<Entity> found = extractor.extract(
        "It cost $1,234.50, then EUR 20 and 3 billion dollars; £5 more. Rates rose 7% and 2.5 per cent. "
            + "We shipped 5 miles of cable, 2,000 pounds of cotton and 10 acres.");

    assertThat(found).filteredOn(e -> e.type() != EntityType.NAME).extracting(Entity::type, Entity::value).containsExactly(
        tuple(EntityType.MONEY, "1234.5 USD"),
        tuple(EntityType.MONEY, "20 EUR"),
        tuple(EntityType.MONEY, "3000000000 USD"),
        tuple(EntityType.MONEY, "5 GBP"),
        tuple(EntityType.PERCENT, "7%"),
        tuple(EntityType.PERCENT, "2.5%"),
        tuple(EntityType.QUANTITY, "8046.72 m"),
        tuple(EntityType.QUANTITY, "907.18474 kg"),
        tuple(EntityType.QUANTITY, "40468.564224 m2"));
  }

  @Test
  void findsContactsAndCapitalisedNamesWithExactSpans() {
    String text = "The United States thanks George S. Boutwell (boutwell@Treasury.gov, https://treasury.gov/x).";

    List<Entity> found = extractor.extract(text);

    assertThat(found).extracting(Entity::type, Entity::text, Entity::value).containsExactly(
        tuple(EntityType.NAME, "United States", "United States"),
        tuple(EntityType.NAME, "George S. Boutwell", "George S. Boutwell"),
        tuple(EntityType.EMAIL, "boutwell@Treasury.gov", "boutwell@treasury.gov"),
        tuple(EntityType.URL, "https://treasury.gov/x", "https://treasury.gov/x"));
    assertThat(found).allSatisfy(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
  }
}
