package dev.millrace.bench.pipeline;

import java.util.List;

/**
 * What every contender of one comparison is given: the same corpus size, cleaning steps, batch (chunk)
 * size and parallelism, so that only the durability machinery differs.
 *
 * @param window batches in flight in Millrace; threads in the raw loop and Spring Batch
 */
public record BenchSettings(int documents, List<String> steps, int batchSize, int window, int maxDocumentBytes) {
  public BenchSettings {
    steps = List.copyOf(steps);
    if (documents < 1 || batchSize < 1 || window < 1) {
      throw new IllegalArgumentException("documents, batch size and window must be at least 1");
    }
  }

  public BenchSettings withDocuments(int count) {
    return new BenchSettings(count, steps, batchSize, window, maxDocumentBytes);
  }

  public BenchSettings withChunking(int newBatchSize, int newWindow) {
    return new BenchSettings(documents, steps, newBatchSize, newWindow, maxDocumentBytes);
  }

  /** The settings as a child JVM's arguments, read back by {@link #fromArguments}. */
  List<String> toArguments() {
    return List.of(String.valueOf(documents), stepsLabel(), String.valueOf(batchSize), String.valueOf(window),
        String.valueOf(maxDocumentBytes));
  }

  static BenchSettings fromArguments(List<String> arguments) {
    return new BenchSettings(Integer.parseInt(arguments.get(0)), List.of(arguments.get(1).split(",")),
        Integer.parseInt(arguments.get(2)), Integer.parseInt(arguments.get(3)), Integer.parseInt(arguments.get(4)));
  }

  public String stepsLabel() {
    return String.join(",", steps);
  }
}
