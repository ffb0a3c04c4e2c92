package dev.millrace.bench.pipeline;

import dev.millrace.bench.pipeline.ProbeLauncher.Probe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each contender in a JVM of its own ({@link ContenderProbe}), all started up front and warmed up, then
 * takes their measured passes in interleaved rounds whose order rotates, as {@link DurabilityTax} does in
 * one JVM. Each contender's JIT settles on its own code alone, as in a real deployment, and drift of the
 * host's speed still spreads over every contender; only one JVM works at a time.
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
    Map<String, Probe> probes = new LinkedHashMap<>();
    try {
      for (String contender : contenders) {
        List<String> arguments = new ArrayList<>(List.of(contender, input.toString(), warmUp.toString(),
            scratch.toString()));
        arguments.addAll(settings.toArguments());
        probes.put(contender, launcher.start(ContenderProbe.class, arguments, contender));
      }
      for (Probe probe : probes.values()) {
        for (int pass = 0; pass < warmUpPasses; pass++) {
          probe.request(ContenderProbe.WARM_UP);
        }
      }
      return DurabilityTax.interleave(contenders, rounds,
          (name, round) -> Measurement.fromResultLine(name, probes.get(name).request(ContenderProbe.PASS)));
    } finally {
      close(probes.values());
    }
  }

  private static void close(Iterable<Probe> probes) throws IOException {
    IOException first = null;
    for (Probe probe : probes) {
      try {
        probe.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
