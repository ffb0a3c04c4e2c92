package dev.millrace.pipeline.text;

import com.ibm.icu.text.Normalizer2;
import java.util.List;

/**
 * Brings text to one canonical Unicode spelling: unpaired surrogates become U+FFFD, control and invisible
 * format characters go (line breaks and tabs stay), typographic quotes and dashes become ASCII, and the
 * result is NFKC-normalised with ICU4J (ligatures, full-width forms, "…" to "...").
 */
public final class UnicodeNormalizer implements CleaningStep {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @Override
  public String apply(String text, List<String> warnings) {
    StringBuilder out = new StringBuilder(text.length());
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
        replaced++;
      } else if (!isDropped(c)) {
        out.append(c);
      }
    }
    if (replaced > 0) {
      warnings.add("unicode: replaced " + replaced + " unpaired surrogate(s) with U+FFFD");
    }
    String normalized = NFKC.normalize(out);
    String ascii = asciiPunctuation(normalized);
    return ascii.equals(normalized) ? normalized : NFKC.normalize(ascii);
  }

  private static boolean isDropped(char c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || (type == Character.FORMAT && c != '\u200D');
  }

  private static String asciiPunctuation(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
        default -> c;
      };
      if (replacement != c && out == null) {
        out = new StringBuilder(text);
      }
      if (out != null) {
        out.setCharAt(i, replacement);
      }
    }
    return out == null ? text : out.toString();
  }
}
