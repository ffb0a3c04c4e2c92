package dev.millrace.cli;

import dev.millrace.pipeline.corpora.CorpusConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace corpus NAME DIR --output FILE}: a fetched public corpus as pipeline input JSONL. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Convert a corpus unpacked by scripts/fetch-corpora.sh (sotu, spam-assassin) to input JSONL.")
public final class CorpusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "sotu or spam-assassin.")
  String name;

  @Parameters(index = "1", paramLabel = "DIR", description = "The unpacked package, e.g. ~/.cache/millrace/corpora/sotu.")
  Path directory;

  @Option(names = "--output", required = true, description = "JSONL file to write.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CorpusConverter.Corpus corpus;
    try {
      corpus = CorpusConverter.Corpus.named(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!Files.isDirectory(directory)) {
      throw new UsageException(directory + " is not a directory; run scripts/fetch-corpora.sh first");
    }
    int documents = new CorpusConverter().convert(corpus, directory, output);
    spec.commandLine().getOut().println(documents + " documents written to " + output.toAbsolutePath());
    return ExitCodes.COMPLETED;
  }
}
