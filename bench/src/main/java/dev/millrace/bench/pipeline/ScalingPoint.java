package dev.millrace.bench.pipeline;

/** One size of the scaling series, as its child JVM reported it. */
public record ScalingPoint(int documents, long documentsOut, long elapsedNanos, long peakLiveHeapBytes,
    long peakResidentBytes, long collectionMillis) {
  public double seconds() {
    return elapsedNanos / 1e9;
  }

  public double documentsPerSecond() {
    return documents * 1e9 / elapsedNanos;
  }

  /** The share of the elapsed time spent in garbage collection, the sampler's forced ones included. */
  public double collectionShare() {
    return collectionMillis * 1e6 / elapsedNanos;
  }

  static ScalingPoint parse(String resultLine) {
    String[] f = resultLine.trim().split(" ");
    if (f.length != 7 || !f[0].equals(ProbeLauncher.RESULT)) {
      throw new IllegalArgumentException("not a scaling result line: " + resultLine);
    }
    return new ScalingPoint(Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
        Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]));
  }
}
