package dev.millrace.pipeline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models the pipeline ships with, read once per JVM from the model jars published on Maven
 * Central ({@code opennlp-models-langdetect}, {@code opennlp-models-sentdetect-en}).
 */
final class OpenNlpModels {
  private static final String LANGUAGE_MODEL = "/langdetect-183.bin";
  private static final String ENGLISH_SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private OpenNlpModels() {}

  static LanguageDetectorModel language() {
    return LanguageHolder.MODEL;
  }

  static SentenceModel englishSentences() {
    return SentenceHolder.MODEL;
  }

  private static final class LanguageHolder {
    static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
  }

  private static final class SentenceHolder {
    static final SentenceModel MODEL = load(ENGLISH_SENTENCE_MODEL, SentenceModel::new);
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read OpenNLP model " + resource, e);
    }
  }
}
