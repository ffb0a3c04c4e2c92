package dev.millrace.bench.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a probe (a main class of this module) in a JVM of its own, on this JVM's java and class path with a
 * given -Xmx, and reads back the {@code RESULT} lines it prints, so that every measured run starts from the
 * same empty heap and its own JIT state.
 */
final class ProbeLauncher {
  static final String RESULT = "RESULT";

  private final String maxHeap;

  /** @param maxHeap the child JVM's -Xmx, e.g. "1g" */
  ProbeLauncher(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** A launcher whose children get this JVM's own maximum heap. */
  static ProbeLauncher withThisHeap() {
    return new ProbeLauncher(Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
  }

  String maxHeap() {
    return maxHeap;
  }

  ScalingPoint run(Path input, Path work, BenchSettings settings) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(input.toString(), work.toString()));
    arguments.addAll(settings.toArguments());
    List<String> results = results(ScalingProbe.class, arguments, "probe for " + settings.documents()
        + " documents (batch " + settings.batchSize() + ", window " + settings.window() + ")");
    return ScalingPoint.parse(results.get(results.size() - 1));
  }

  /** Runs the probe to its end; its result lines, at least one. */
  List<String> results(Class<?> probe, List<String> arguments, String description) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-cp",
        System.getProperty("java.class.path"), probe.getName()));
    command.addAll(arguments);
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> results = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT)) {
          results.add(line);
        }
      }
    }
    int exit = child.waitFor();
    if (exit != 0 || results.isEmpty()) {
      throw new IllegalStateException(description + " exited " + exit + " without a result");
    }
    return results;
  }
}
