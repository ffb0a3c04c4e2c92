package dev.millrace.bench.pipeline;

/** One timed pass of a contender over the corpus: how many documents went in and out, and how long it took. */
public record Measurement(String contender, long documentsIn, long documentsOut, long elapsedNanos) {
  public double documentsPerSecond() {
    return documentsIn * 1e9 / elapsedNanos;
  }

  public double seconds() {
    return elapsedNanos / 1e9;
  }
}
