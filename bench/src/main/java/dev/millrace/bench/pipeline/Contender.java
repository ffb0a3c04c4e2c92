package dev.millrace.bench.pipeline;

import java.nio.file.Path;

/** One way of cleaning the corpus end to end (JSONL in, JSONL out); set-up and tear-down are not timed. */
public interface Contender {
  String name();

  /**
   * Processes the input once and measures it.
   *
   * @param workDir an empty directory of its own for databases and output
   */
  Measurement run(Path input, Path workDir, BenchSettings settings) throws Exception;
}
