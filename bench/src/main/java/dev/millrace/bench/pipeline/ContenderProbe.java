package dev.millrace.bench.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The child JVM of one contender in an isolated comparison. It runs a pass each time its parent asks on
 * standard input ({@code warm-up} over the warm-up corpus, {@code pass} over the input) and answers with a
 * {@code RESULT} line (documents in, documents out, elapsed nanoseconds); the end of its input ends it. A
 * JVM of its own, because in a JVM shared by every contender the JIT compiles the shared cleaning code with a
 * profile mixed from all of them and keeps recompiling it: the raw loop ran 30% slower there than alone.
 * Idle between its passes, so that the parent can interleave the contenders' JVMs: it answers only once
 * its own background work (JIT, concurrent GC) has stopped.
 */
public final class ContenderProbe {
  static final String WARM_UP = "warm-up";
  static final String PASS = "pass";
  private static final Duration LONGEST_SETTLING = Duration.ofSeconds(60);

  public static void main(String[] args) throws Exception {
    Contender contender = Lineup.create(args[0]);
    Path input = Path.of(args[1]);
    Path warmUp = Path.of(args[2]);
    Path scratch = Path.of(args[3]);
    BenchSettings settings = BenchSettings.fromArguments(List.of(args).subList(4, args.length));
    Quiescence quiescence = new Quiescence();
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String command = commands.readLine(); command != null; command = commands.readLine()) {
      Measurement m = switch (command) {
        case WARM_UP -> DurabilityTax.pass(contender, warmUp, scratch, settings, WARM_UP);
        case PASS -> DurabilityTax.pass(contender, input, scratch, settings, PASS);
        default -> throw new IllegalArgumentException("unknown command " + command);
      };
      Quiescence.Settled settled = quiescence.await(LONGEST_SETTLING);
      System.err.printf(Locale.ROOT, "%s: %s done, then idle after %.1f s using %.1f s of CPU%n", args[0], command,
          settled.waited().toMillis() / 1e3, settled.cpu().toMillis() / 1e3);
      System.out.println(m.resultLine());
    }
    System.exit(0);
  }

  private ContenderProbe() {}
}
