package dev.millrace.pipeline.text;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Names a text's language as an ISO 639-3 code with OpenNLP's 103-language model, or {@code und} when the
 * text has too few letters to tell. Reads at most the first {@value #SAMPLE_CHARS} characters.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";
  static final int SAMPLE_CHARS = 20_000;
  private static final int MIN_LETTERS = 20;
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(OpenNlpModels.language()));

  public String identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language best = DETECTOR.get().predictLanguage(sample);
    return best == null ? UNDETERMINED : best.getLang();
  }
}
