package dev.millrace.bench.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The child JVM of an isolated comparison: one contender, warmed up by a few untimed passes, then its measured
 * passes, each printed as a {@code RESULT} line (documents in, documents out, elapsed nanoseconds). A JVM of its
 * own, because in a JVM shared by every contender the JIT compiles the shared cleaning code with a profile
 * mixed from all of them and keeps recompiling it: the raw loop ran 30% slower there than alone.
 */
public final class ContenderProbe {
  public static void main(String[] args) throws Exception {
    Contender contender = Lineup.create(args[0]);
    Path input = Path.of(args[1]);
    Path warmUp = Path.of(args[2]);
    int warmUpPasses = Integer.parseInt(args[3]);
    int rounds = Integer.parseInt(args[4]);
    Path scratch = Path.of(args[5]);
    BenchSettings settings = BenchSettings.fromArguments(List.of(args).subList(6, args.length));
    for (int pass = 1; pass <= warmUpPasses; pass++) {
      DurabilityTax.pass(contender, warmUp, scratch, settings, "warm-up");
    }
    for (int round = 1; round <= rounds; round++) {
      Measurement m = DurabilityTax.pass(contender, input, scratch, settings, "round " + round);
      System.out.println(String.join(" ", ProbeLauncher.RESULT, String.valueOf(m.documentsIn()),
          String.valueOf(m.documentsOut()), String.valueOf(m.elapsedNanos())));
    }
    System.exit(0);
  }

  private ContenderProbe() {}
}
