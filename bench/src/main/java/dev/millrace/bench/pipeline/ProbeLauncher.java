package dev.millrace.bench.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
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

  String maxHeap() {
    return maxHeap;
  }

  ScalingPoint run(Path input, Path work, BenchSettings settings) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(input.toString(), work.toString()));
    arguments.addAll(settings.toArguments());
    try (Probe probe = start(ScalingProbe.class, arguments, "probe for " + settings.documents()
        + " documents (batch " + settings.batchSize() + ", window " + settings.window() + ")")) {
      return ScalingPoint.parse(probe.nextResult());
    }
  }

  Probe start(Class<?> main, List<String> arguments, String description) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(arguments);
    return new Probe(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start(), description);
  }

  /** A running probe: commands go to its standard input, results come from its standard output. */
  static final class Probe implements AutoCloseable {
    private final Process process;
    private final String description;
    private final BufferedReader out;
    private final Writer in;

    private Probe(Process process, String description) {
      this.process = process;
      this.description = description;
      this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Sends one command line and returns the result line it produces. */
    String request(String command) throws IOException {
      in.write(command + "\n");
      in.flush();
      return nextResult();
    }

    /** The next result line, skipping anything else the probe prints. */
    String nextResult() throws IOException {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT)) {
          return line;
        }
      }
      throw new IllegalStateException(description + " ended without a result (exit " + exitCode() + ")");
    }

    private int exitCode() {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }

    /** Closes the probe's input, which ends it, and checks that it exited cleanly. */
    @Override
    public void close() throws IOException {
      in.close();
      int exit = exitCode();
      out.close();
      if (exit != 0) {
        throw new IllegalStateException(description + " exited " + exit);
      }
    }
  }
}
