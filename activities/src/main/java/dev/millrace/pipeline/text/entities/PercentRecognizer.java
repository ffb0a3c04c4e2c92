package dev.millrace.pipeline.text.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "12%", "12.5 percent", "3 per cent": the value is the number followed by "%". */
final class PercentRecognizer implements Recognizer {
  private static final Pattern PERCENT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)(?:\\s?%|\\s(?:percent|per cent)\\b)");

  @Override
  public void find(String text, List<Entity> candidates) {
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      candidates.add(new Entity(EntityType.PERCENT, m.start(), m.end(), m.group(),
          Numbers.plain(Numbers.parse(m.group(1))) + "%"));
    }
  }
}
