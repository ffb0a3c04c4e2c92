package dev.millrace.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every contender on the same input in interleaved rounds (a, b, c, d, a, b, ...), so that noise from
 * other work on the machine spreads over all of them, and keeps each one's passes.
 */
public final class DurabilityTax {
  private final List<Contender> contenders;

  public DurabilityTax(List<Contender> contenders) {
    this.contenders = List.copyOf(contenders);
  }

  /** The passes of each contender, by contender name, in the contenders' order. */
  public Map<String, List<Measurement>> measure(Path input, Path scratch, BenchSettings settings, int rounds)
      throws Exception {
    Map<String, List<Measurement>> passes = new LinkedHashMap<>();
    contenders.forEach(c -> passes.put(c.name(), new ArrayList<>()));
    for (int round = 1; round <= rounds; round++) {
      for (Contender contender : contenders) {
        Path workDir = Files.createTempDirectory(scratch, "pass-");
        try {
          Measurement m = contender.run(input, workDir, settings);
          System.err.printf("bench: round %d %-28s %,10.0f docs/s (%,d in, %,d out, %.1f s)%n", round,
              contender.name(), m.documentsPerSecond(), m.documentsIn(), m.documentsOut(), m.seconds());
          passes.get(contender.name()).add(m);
        } finally {
          Scratch.delete(workDir);
        }
      }
    }
    return passes;
  }

  /** The fastest pass: the one least disturbed by the rest of the machine. */
  public static Measurement best(List<Measurement> passes) {
    return passes.stream().max((x, y) -> Double.compare(x.documentsPerSecond(), y.documentsPerSecond()))
        .orElseThrow(() -> new IllegalArgumentException("no passes"));
  }
}
