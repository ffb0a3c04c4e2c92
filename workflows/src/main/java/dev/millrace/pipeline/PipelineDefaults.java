package dev.millrace.pipeline;

import java.time.Duration;
import java.util.List;

/** The document pipeline's task queue and option defaults, kept in one place so worker and client agree. */
public final class PipelineDefaults {
  public static final String TASK_QUEUE = "millrace-pipeline";
  public static final int BATCH_SIZE = 500;
  public static final int WINDOW = 4;
  public static final int MAX_DOCUMENT_BYTES = 1_048_576;
  /** Every step in its fixed order, except "redact", which changes the text and is asked for explicitly. */
  public static final String CLEANING_STEPS_OPTION = "html,encoding,unicode,whitespace,language,sentences,entities";
  public static final List<String> CLEANING_STEPS = List.of(CLEANING_STEPS_OPTION.split(","));

  /** Continue-as-new well before Temporal's 50k-event history limit, even if the server never suggests it. */
  public static final int MAX_HISTORY_EVENTS = 10_000;

  public static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);
  /**
   * How long an activity may go without a heartbeat before Temporal retries it elsewhere: a worker killed
   * mid-batch costs this long, not the whole {@link #BATCH_TIMEOUT}. Plan, batches and merge heartbeat as
   * they go.
   */
  public static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(20);
  /**
   * Finished batches the workflow lets gather before it appends them to the partial artifact while later
   * batches still run: a few seconds of cleaning, and one append's few history events per that many batches.
   */
  public static final int APPEND_EVERY_BATCHES = 8;
  /** Attempts of the table export before the run completes without it and reports the table sink failed. */
  public static final int TABLE_EXPORT_ATTEMPTS = 3;

  private PipelineDefaults() {}
}
