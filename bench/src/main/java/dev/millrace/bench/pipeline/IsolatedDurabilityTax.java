package dev.millrace.bench.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each contender in a JVM of its own ({@link ContenderProbe}), one after the other: warm-up passes, then
 * every measured pass. Each contender's JIT then settles on its own code alone, as in a real deployment;
 * the price is that the contenders are not interleaved, so drift of the host's speed is not spread over them.
 */
final class IsolatedDurabilityTax {
  private final List<String> contenders;
  private final ProbeLauncher launcher;
  private final int warmUpPasses;

  IsolatedDurabilityTax(List<String> contenders, ProbeLauncher launcher, int warmUpPasses) {
    this.contenders = List.copyOf(contenders);
    this.launcher = launcher;
    this.warmUpPasses = warmUpPasses;
  }

  /** The passes of each contender, by contender name, in the contenders' order. */
  Map<String, List<Measurement>> measure(Path input, Path warmUp, Path scratch, BenchSettings settings, int rounds)
      throws Exception {
    Map<String, List<Measurement>> passes = new LinkedHashMap<>();
    for (String contender : contenders) {
      List<String> arguments = new ArrayList<>(List.of(contender, input.toString(), warmUp.toString(),
          String.valueOf(warmUpPasses), String.valueOf(rounds), scratch.toString()));
      arguments.addAll(settings.toArguments());
      List<Measurement> measured = new ArrayList<>();
      for (String line : launcher.results(ContenderProbe.class, arguments, contender)) {
        measured.add(parse(contender, line));
      }
      passes.put(contender, measured);
    }
    return passes;
  }

  private static Measurement parse(String contender, String line) {
    String[] f = line.split(" ");
    if (f.length != 4) {
      throw new IllegalStateException("unexpected result line from " + contender + ": " + line);
    }
    return new Measurement(contender, Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }
}
