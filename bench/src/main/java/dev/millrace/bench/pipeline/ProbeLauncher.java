package dev.millrace.bench.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a {@link ScalingProbe} in a JVM of its own, on this JVM's java and class path with a given -Xmx,
 * and reads back its result line, so that every measured run starts from the same empty heap.
 */
final class ProbeLauncher {
  private final String maxHeap;

  /** @param maxHeap the child JVM's -Xmx, e.g. "1g" */
  ProbeLauncher(String maxHeap) {
    this.maxHeap = maxHeap;
  }

  String maxHeap() {
    return maxHeap;
  }

  ScalingPoint run(Path input, Path work, BenchSettings settings) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
        ScalingProbe.class.getName(), input.toString(), work.toString(), String.valueOf(settings.documents()),
        settings.stepsLabel(), String.valueOf(settings.batchSize()), String.valueOf(settings.window()),
        String.valueOf(settings.maxDocumentBytes()));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ScalingProbe.RESULT)) {
          result = line;
        }
      }
    }
    int exit = child.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException("probe for " + settings.documents() + " documents (batch "
          + settings.batchSize() + ", window " + settings.window() + ") exited " + exit + " without a result");
    }
    return ScalingPoint.parse(result);
  }
}
