package dev.millrace.bench.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.millrace.pipeline.corpora.CorpusConverter;
import dev.millrace.pipeline.corpora.CorpusConverter.Corpus;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: the real corpora (State of the Union speeches and SpamAssassin e-mails,
 * evenly interleaved) repeated under new ids until the wanted number of documents is reached, so that no id is
 * quarantined as a duplicate and every contender sees the same bytes.
 */
public final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<byte[]> bodies;

  private BenchCorpus(List<byte[]> bodies) {
    this.bodies = bodies;
  }

  /** Loads the corpora unpacked by scripts/fetch-corpora.sh under {@code cache}. */
  public static BenchCorpus load(Path cache, Path scratch) throws IOException {
    List<List<byte[]>> sources = new ArrayList<>();
    for (Corpus corpus : Corpus.values()) {
      Path jsonl = scratch.resolve(corpus.directoryName() + ".jsonl");
      new CorpusConverter().convert(corpus, cache.resolve(corpus.directoryName()), jsonl);
      sources.add(bodiesOf(jsonl));
    }
    return new BenchCorpus(interleave(sources));
  }

  public int distinctDocuments() {
    return bodies.size();
  }

  /** Writes {@code documents} lines: copy k of original i gets the id {@code "d<line>"}. */
  public Path write(int documents, Path output) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      for (int line = 0; line < documents; line++) {
        out.write(("{\"id\":\"d" + line + "\",").getBytes(StandardCharsets.UTF_8));
        out.write(bodies.get(line % bodies.size()));
        out.write('\n');
      }
    }
    return output;
  }

  /** Each record without its id, as the JSON text after the opening brace. */
  private static List<byte[]> bodiesOf(Path jsonl) throws IOException {
    List<byte[]> bodies = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      ObjectNode record = (ObjectNode) JSON.readTree(line);
      record.remove("id");
      bodies.add(JSON.writeValueAsString(record).substring(1).getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  /**
   * Spreads every source evenly over the mix (the few long speeches among the many e-mails), so that every
   * batch gets its share of heavy documents and no batch is a straggler that the others wait for.
   */
  private static List<byte[]> interleave(List<List<byte[]>> sources) {
    int total = sources.stream().mapToInt(List::size).sum();
    List<byte[]> mixed = new ArrayList<>(total);
    int[] taken = new int[sources.size()];
    for (int slot = 0; slot < total; slot++) {
      int behind = 0;
      double mostBehind = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < sources.size(); i++) {
        double lag = (slot + 1.0) * sources.get(i).size() / total - taken[i];
        if (taken[i] < sources.get(i).size() && lag > mostBehind) {
          mostBehind = lag;
          behind = i;
        }
      }
      mixed.add(sources.get(behind).get(taken[behind]++));
    }
    return mixed;
  }
}
