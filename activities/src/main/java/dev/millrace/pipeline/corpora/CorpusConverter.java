package dev.millrace.pipeline.corpora;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the public corpora fetched by {@code scripts/fetch-corpora.sh} into pipeline input: the State of
 * the Union speeches as {@code text} records, the SpamAssassin messages as raw {@code email} records (bytes
 * kept as Latin-1 characters, so undeclared 8-bit bodies reach charset detection intact).
 */
public final class CorpusConverter {
  /** The corpora it knows, by the name the fetch script unpacks them under. */
  public enum Corpus {
    SOTU("sotu", "text"), SPAM_ASSASSIN("spam-assassin", "email");

    private final String directoryName;
    private final String field;

    Corpus(String directoryName, String field) {
      this.directoryName = directoryName;
      this.field = field;
    }

    public String directoryName() {
      return directoryName;
    }

    public static Corpus named(String name) {
      for (Corpus corpus : values()) {
        if (corpus.directoryName.equals(name.toLowerCase(Locale.ROOT))) {
          return corpus;
        }
      }
      throw new IllegalArgumentException("Unknown corpus \"" + name + "\"; known: sotu, spam-assassin");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Writes one JSONL line per document, in file-name order; returns how many. */
  public int convert(Corpus corpus, Path unpacked, Path output) throws IOException {
    List<Path> files = documents(corpus, unpacked.resolve("data"));
    if (files.isEmpty()) {
      throw new IOException("No documents under " + unpacked.resolve("data") + "; is it the unpacked "
          + corpus.directoryName() + " package? Run scripts/fetch-corpora.sh");
    }
    try (OutputStream out = Files.newOutputStream(output)) {
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        String content = corpus == Corpus.SOTU
            ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.ISO_8859_1);
        JSON.writeValue(out, JSON.createObjectNode().put("id", idOf(unpacked.resolve("data"), file))
            .put(corpus.field, content));
        out.write('\n');
      }
    }
    return files.size();
  }

  private static List<Path> documents(Corpus corpus, Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return List.of();
    }
    int depth = corpus == Corpus.SOTU ? 1 : 2;
    try (Stream<Path> walk = Files.walk(data, depth)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** The file's path under data/ without ".txt": "1862_abraham_lincoln_r", "spam-1/00001.7848dde1...". */
  private static String idOf(Path data, Path file) {
    String relative = data.relativize(file).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".txt".length());
  }
}
