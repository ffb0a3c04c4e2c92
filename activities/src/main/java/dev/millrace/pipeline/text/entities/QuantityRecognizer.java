package dev.millrace.pipeline.text.entities;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number followed by a unit of length, mass, area or volume; the value is converted to the SI unit
 * (m, kg, m2, L): "5 miles" becomes {@code 8046.72 m}. US customary units (short ton, US gallon, US bushel).
 */
final class QuantityRecognizer implements Recognizer {
  private record Unit(String si, BigDecimal factor) {}

  private static final Map<String, Unit> UNITS = Map.ofEntries(
      Map.entry("mm", new Unit("m", new BigDecimal("0.001"))),
      Map.entry("cm", new Unit("m", new BigDecimal("0.01"))),
      Map.entry("m", new Unit("m", BigDecimal.ONE)),
      Map.entry("meter", new Unit("m", BigDecimal.ONE)),
      Map.entry("metre", new Unit("m", BigDecimal.ONE)),
      Map.entry("km", new Unit("m", new BigDecimal("1000"))),
      Map.entry("kilometer", new Unit("m", new BigDecimal("1000"))),
      Map.entry("kilometre", new Unit("m", new BigDecimal("1000"))),
      Map.entry("foot", new Unit("m", new BigDecimal("0.3048"))),
      Map.entry("feet", new Unit("m", new BigDecimal("0.3048"))),
      Map.entry("ft", new Unit("m", new BigDecimal("0.3048"))),
      Map.entry("yard", new Unit("m", new BigDecimal("0.9144"))),
      Map.entry("mile", new Unit("m", new BigDecimal("1609.344"))),
      Map.entry("g", new Unit("kg", new BigDecimal("0.001"))),
      Map.entry("gram", new Unit("kg", new BigDecimal("0.001"))),
      Map.entry("kg", new Unit("kg", BigDecimal.ONE)),
      Map.entry("kilogram", new Unit("kg", BigDecimal.ONE)),
      Map.entry("lb", new Unit("kg", new BigDecimal("0.45359237"))),
      Map.entry("pound", new Unit("kg", new BigDecimal("0.45359237"))),
      Map.entry("ton", new Unit("kg", new BigDecimal("907.18474"))),
      Map.entry("tonne", new Unit("kg", new BigDecimal("1000"))),
      Map.entry("acre", new Unit("m2", new BigDecimal("4046.8564224"))),
      Map.entry("hectare", new Unit("m2", new BigDecimal("10000"))),
      Map.entry("liter", new Unit("L", BigDecimal.ONE)),
      Map.entry("litre", new Unit("L", BigDecimal.ONE)),
      Map.entry("gallon", new Unit("L", new BigDecimal("3.785411784"))),
      Map.entry("bushel", new Unit("L", new BigDecimal("35.23907016688"))));
  private static final Pattern QUANTITY = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?"
      + "(kilometers?|kilometres?|meters?|metres?|miles?|feet|foot|yards?|kilograms?|grams?|pounds?|lbs?|tons?"
      + "|tonnes?|acres?|hectares?|liters?|litres?|gallons?|bushels?|km|mm|cm|kg|ft|m|g)\\b");

  @Override
  public void find(String text, List<Entity> candidates) {
    Matcher m = QUANTITY.matcher(text);
    while (m.find()) {
      Unit unit = UNITS.get(singular(m.group(2)));
      BigDecimal value = Numbers.parse(m.group(1)).multiply(unit.factor(), MathContext.DECIMAL64);
      candidates.add(new Entity(EntityType.QUANTITY, m.start(), m.end(), m.group(), Numbers.plain(value) + " " + unit.si()));
    }
  }

  private static String singular(String unit) {
    return unit.length() > 2 && unit.endsWith("s") && !unit.equals("lbs") ? unit.substring(0, unit.length() - 1)
        : unit.equals("lbs") ? "lb" : unit;
  }
}
