package dev.millrace.cli;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The options that describe a new run, shared by {@code start} and {@code run}. */
public final class RunOptions {
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** Run ids name files, URIs and workflow ids, so they keep to characters that are safe in all three. */
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  @Option(names = "--input", required = true, description = "JSONL file, one {\"id\", \"text\" or \"html\"} object per line.")
  Path input;

  @Option(names = "--run-id", description = "Run id, also the workflow id (default: generated).")
  String runId;

  @Option(names = "--artifact", description = "Output JSONL file (default: <data-dir>/artifacts/<run-id>.jsonl).")
  Path artifact;

  @Option(names = "--data-dir", defaultValue = "${env:MILLRACE_DATA_DIR:-millrace-data}",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--batch-size", defaultValue = "" + PipelineDefaults.BATCH_SIZE,
      description = "Lines per batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--max-document-bytes", defaultValue = "" + PipelineDefaults.MAX_DOCUMENT_BYTES,
      description = "Longer lines are quarantined (default: ${DEFAULT-VALUE}).")
  int maxDocumentBytes;

  @Option(names = "--steps", split = ",", defaultValue = PipelineDefaults.CLEANING_STEPS_OPTION,
      description = "Cleaning steps, comma separated (default: ${DEFAULT-VALUE}).")
  List<String> steps;

  @Option(names = "--window", defaultValue = "" + PipelineDefaults.WINDOW,
      description = "Batches in flight at once (default: ${DEFAULT-VALUE}).")
  int window;

  public Path dataDir() {
    return dataDir.toAbsolutePath().normalize();
  }

  /** @throws UsageException naming the file or value that cannot be used */
  public PipelineRequest toRequest() {
    Path source = input.toAbsolutePath().normalize();
    if (!Files.isRegularFile(source)) {
      throw new UsageException("input file " + source + " does not exist or is not a regular file");
    }
    if (!Files.isReadable(source)) {
      throw new UsageException("input file " + source + " is not readable");
    }
    if (runId != null && !RUN_ID.matcher(runId).matches()) {
      throw new UsageException("--run-id '" + runId + "' must be 1-128 letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit");
    }
    String id = runId != null ? runId : "run-" + LocalDateTime.now().format(RUN_ID_TIME) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    Path output = artifact != null ? artifact : dataDir().resolve("artifacts").resolve(id + ".jsonl");
    try {
      return new PipelineRequest(id, source.toString(), output.toAbsolutePath().normalize().toString(),
          new ChunkingParameters(batchSize, maxDocumentBytes, steps), window, null);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
