package dev.millrace.pipeline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Counts sentences: OpenNLP's English model for English (or when the language is unknown), ICU4J's
 * rule-based sentence boundaries for every other language, so no language fails for want of a model.
 */
public final class SentenceSplitter {
  private static final ThreadLocal<SentenceDetectorME> ENGLISH =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(OpenNlpModels.englishSentences()));

  public int count(String text, String language) {
    if (text.isBlank()) {
      return 0;
    }
    if (language == null || language.equals("eng") || language.equals(LanguageIdentifier.UNDETERMINED)) {
      return ENGLISH.get().sentPosDetect(text).length;
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(new ULocale(language));
    sentences.setText(text);
    int count = 0;
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      if (!text.substring(start, end).isBlank()) {
        count++;
      }
    }
    return count;
  }
}
