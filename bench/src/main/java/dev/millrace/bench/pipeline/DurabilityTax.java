package dev.millrace.bench.pipeline;

import dev.millrace.bench.report.Stats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every contender on the same input in interleaved rounds, rotating which goes first (a, b, c, d, then
 * b, c, d, a, ...), so that noise from other work on the machine and drift over the run spread over all of
 * them, and keeps each one's passes.
 */
public final class DurabilityTax {
  private final List<Contender> contenders;

  public DurabilityTax(List<Contender> contenders) {
    this.contenders = List.copyOf(contenders);
  }

  /**
   * The passes of each contender, by contender name, in the contenders' order. A first, untimed pass of
   * every contender over {@code warmUp} loads its classes and lets the JIT compile its hot paths, so that
   * the first contender does not pay for everyone's start-up.
   */
  public Map<String, List<Measurement>> measure(Path input, Path warmUp, Path scratch, BenchSettings settings,
      int rounds) throws Exception {
    Map<String, Contender> byName = new LinkedHashMap<>();
    for (Contender contender : contenders) {
      pass(contender, warmUp, scratch, settings, "warm-up");
      byName.put(contender.name(), contender);
    }
    return interleave(List.copyOf(byName.keySet()), rounds,
        (name, round) -> pass(byName.get(name), input, scratch, settings, "round " + round));
  }

  /** Runs one timed pass of the named contender in the given round. */
  @FunctionalInterface
  interface PassRunner {
    Measurement run(String contender, int round) throws Exception;
  }

  /**
   * Each contender's passes, by name in the contenders' order, from {@code rounds} rounds of one pass each
   * whose order rotates: the one schedule of the shared and the isolated comparison.
   */
  static Map<String, List<Measurement>> interleave(List<String> contenders, int rounds, PassRunner runner)
      throws Exception {
    Map<String, List<Measurement>> passes = new LinkedHashMap<>();
    contenders.forEach(c -> passes.put(c, new ArrayList<>()));
    for (int round = 1; round <= rounds; round++) {
      List<String> order = new ArrayList<>(contenders);
      Collections.rotate(order, 1 - round);
      for (String contender : order) {
        passes.get(contender).add(runner.run(contender, round));
      }
    }
    return passes;
  }

  static Measurement pass(Contender contender, Path input, Path scratch, BenchSettings settings, String label)
      throws Exception {
    Path workDir = Files.createTempDirectory(scratch, "pass-");
    try {
      Measurement m = contender.run(input, workDir, settings);
      System.err.printf("bench: %-8s %-28s %,10.0f docs/s (%,d in, %,d out, %.1f s)%n", label,
          contender.name(), m.documentsPerSecond(), m.documentsIn(), m.documentsOut(), m.seconds());
      return m;
    } finally {
      Scratch.delete(workDir);
    }
  }

  /** The median pass rate, in documents per second: what a pass typically gets on this machine. */
  public static double medianRate(List<Measurement> passes) {
    return median(passes.stream().map(Measurement::documentsPerSecond).toList());
  }

  /**
   * The median over rounds of a contender's rate divided by the baseline's in the same round. Passes of one
   * round run minutes apart at most, so the ratio cancels the host's drift between rounds.
   */
  public static double medianRoundRatio(List<Measurement> passes, List<Measurement> baselinePasses) {
    if (passes.size() != baselinePasses.size()) {
      throw new IllegalArgumentException(passes.size() + " passes against " + baselinePasses.size() + " of the baseline");
    }
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < passes.size(); round++) {
      ratios.add(passes.get(round).documentsPerSecond() / baselinePasses.get(round).documentsPerSecond());
    }
    return median(ratios);
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no passes");
    }
    return Stats.median(values);
  }

  /** The fastest pass: the one least disturbed by the rest of the machine. */
  public static Measurement best(List<Measurement> passes) {
    return passes.stream().max((x, y) -> Double.compare(x.documentsPerSecond(), y.documentsPerSecond()))
        .orElseThrow(() -> new IllegalArgumentException("no passes"));
  }
}
