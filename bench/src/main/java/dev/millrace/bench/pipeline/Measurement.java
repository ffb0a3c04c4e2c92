package dev.millrace.bench.pipeline;

/** One timed pass of a contender over the corpus: how many documents went in and out, and how long it took. */
public record Measurement(String contender, long documentsIn, long documentsOut, long elapsedNanos) {
  public double documentsPerSecond() {
    return documentsIn * 1e9 / elapsedNanos;
  }

  public double seconds() {
    return elapsedNanos / 1e9;
  }

  /** The line a probe prints for this pass: {@code RESULT}, documents in, documents out, elapsed nanoseconds. */
  String resultLine() {
    return String.join(" ", ProbeLauncher.RESULT, String.valueOf(documentsIn), String.valueOf(documentsOut),
        String.valueOf(elapsedNanos));
  }

  /** Reads back a {@link #resultLine()} printed by the contender's probe. */
  static Measurement fromResultLine(String contender, String line) {
    String[] f = line.split(" ");
    if (f.length != 4 || !f[0].equals(ProbeLauncher.RESULT)) {
      throw new IllegalStateException("unexpected result line from " + contender + ": " + line);
    }
    return new Measurement(contender, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }
}
