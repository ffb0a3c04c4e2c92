package dev.millrace.pipeline.text.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate names: two to five capitalised words in a row ("Abraham Lincoln", "United States", "Gulf of
 * Mexico"), with a leading function word dropped ("The Senate House" becomes "Senate House"). A rule, not
 * a model: it cannot tell a person from a place or a capitalised heading.
 */
final class NameRecognizer implements Recognizer {
  private static final Pattern NAME = Pattern.compile(
      "(?<!-)\\b\\p{Lu}\\p{Ll}+(?:(?: of(?: the)?| de| van| von)? (?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)){1,4}\\b");
  private static final Set<String> LEADING_FUNCTION_WORDS = Set.of(
      "The", "A", "An", "In", "On", "At", "Of", "And", "But", "For", "To", "By", "With", "From", "This", "That",
      "These", "Those", "Our", "We", "It", "As", "If", "When", "Dear", "Yes", "No", "So");

  @Override
  public void find(String text, List<Entity> candidates) {
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      int start = m.start();
      String name = m.group();
      int space = name.indexOf(' ');
      if (LEADING_FUNCTION_WORDS.contains(name.substring(0, space))) {
        name = name.substring(space + 1);
        start += space + 1;
      }
      if (name.indexOf(' ') > 0 && !name.endsWith(".")) {
        candidates.add(new Entity(EntityType.NAME, start, start + name.length(), name, name));
      }
    }
  }
}
