package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.TableSink;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The options that describe a new run or name one to resume, shared by {@code start} and {@code run}. */
public final class RunOptions {
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  /** Run ids name files, URIs and workflow ids, so they keep to characters that are safe in all three. */
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  @Option(names = "--input", description = "JSONL file, one {\"id\", \"text\" or \"html\"} object per line.")
  Path input;

  @Option(names = "--resume", paramLabel = "RUN",
      description = "Start a registered run again with its stored parameters, skipping checkpointed batches.")
  String resume;

  @Option(names = "--run-id", description = "Run id, also the workflow id (default: generated).")
  String runId;

  @Option(names = "--artifact", description = "Output JSONL file (default: <data-dir>/artifacts/<run-id>.jsonl).")
  Path artifact;

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

  @Option(names = "--table-sink", paramLabel = "JDBC_URL",
      description = "Also upsert every document into a PostgreSQL table, e.g. jdbc:postgresql://host:5432/db;"
          + " the worker reads the credentials from " + TableSink.USER_ENV + " and " + TableSink.PASSWORD_ENV + ".")
  String tableSink;

  @Option(names = "--table-sink-table", paramLabel = "NAME", defaultValue = TableSink.DEFAULT_TABLE,
      description = "Table of --table-sink, created if missing (default: ${DEFAULT-VALUE}).")
  String tableSinkTable;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /**
   * Starts the new run these options describe, or resumes the run named by {@code --resume}, warning on
   * {@code err} about every option given that differs from what the resumed run stored.
   *
   * @return the request the run goes on with
   * @throws UsageException naming the file or value that cannot be used
   */
  public PipelineRequest launch(MillraceClient client, Path dataDir, PrintWriter err) {
    if (resume == null) {
      PipelineRequest request = toRequest(dataDir);
      client.start(request);
      return request;
    }
    if (input != null || runId != null) {
      throw new UsageException("--resume " + resume + " takes the run's stored input and id; drop --input and --run-id");
    }
    PipelineRequest stored = client.resumeFromCheckpoints(resume);
    ignoredOptions(stored).forEach((option, value) -> err.println("millrace: warning: run " + resume
        + " keeps its stored " + option + " " + value + "; ignoring the value given"));
    err.flush();
    return stored;
  }

  /** The options given on the command line whose value differs from the stored run's, with the stored value. */
  private Map<String, Object> ignoredOptions(PipelineRequest stored) {
    ParseResult parsed = command.commandLine().getParseResult();
    ChunkingParameters chunking = stored.chunking();
    Map<String, Object> ignored = new LinkedHashMap<>();
    compare(parsed, ignored, "--batch-size", batchSize, chunking.batchSize());
    compare(parsed, ignored, "--max-document-bytes", maxDocumentBytes, chunking.maxDocumentBytes());
    compare(parsed, ignored, "--steps", steps, chunking.cleaningSteps());
    compare(parsed, ignored, "--window", window, stored.window());
    compare(parsed, ignored, "--table-sink", tableSink, stored.tableSink() == null ? null : stored.tableSink().jdbcUrl());
    compare(parsed, ignored, "--table-sink-table", tableSinkTable,
        stored.tableSink() == null ? null : stored.tableSink().table());
    if (artifact != null) {
      compare(parsed, ignored, "--artifact", artifact.toAbsolutePath().normalize().toString(), stored.artifactPath());
    }
    return ignored;
  }

  private static void compare(ParseResult parsed, Map<String, Object> ignored, String option, Object given,
      Object stored) {
    if (parsed.hasMatchedOption(option) && !Objects.equals(given, stored)) {
      ignored.put(option, stored instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList()) : stored);
    }
  }

  private PipelineRequest toRequest(Path dataDir) {
    if (input == null) {
      throw new UsageException("give --input FILE for a new run, or --resume RUN to continue one");
    }
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
    Path output = artifact != null ? artifact : dataDir.resolve("artifacts").resolve(id + ".jsonl");
    try {
      return new PipelineRequest(id, source.toString(), output.toAbsolutePath().normalize().toString(),
          new ChunkingParameters(batchSize, maxDocumentBytes, steps), window, null,
          tableSink == null ? null : new TableSink(tableSink, tableSinkTable));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
