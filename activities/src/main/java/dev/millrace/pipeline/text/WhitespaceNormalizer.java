package dev.millrace.pipeline.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Collapses runs of spaces and tabs, trims every line, and keeps at most one blank line between
 * paragraphs, so that text from any source compares and diffs cleanly.
 */
public final class WhitespaceNormalizer implements CleaningStep {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
  private static final Pattern HORIZONTAL = Pattern.compile("[\\t\\x0B\\f \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  @Override
  public String apply(String text, List<String> warnings) {
    String unified = LINE_BREAKS.matcher(text).replaceAll("\n");
    String collapsed = HORIZONTAL.matcher(unified).replaceAll(" ");
    String trimmedLines = SPACE_AROUND_BREAK.matcher(collapsed).replaceAll("\n");
    return BLANK_LINES.matcher(trimmedLines).replaceAll("\n\n").strip();
  }
}
