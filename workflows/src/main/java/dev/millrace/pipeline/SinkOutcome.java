package dev.millrace.pipeline;

/**
 * How one output sink of a run fared, so that status can say which sink failed and why while the run
 * itself completes.
 *
 * @param detail rows written or similar when it succeeded, the reason when it failed; may be null
 */
public record SinkOutcome(String sink, boolean succeeded, String detail) {
  public static final String ARTIFACT = "artifact";
  public static final String TABLE = "table";

  public static SinkOutcome ok(String sink, String detail) {
    return new SinkOutcome(sink, true, detail);
  }

  public static SinkOutcome failed(String sink, String reason) {
    return new SinkOutcome(sink, false, reason);
  }

  /** For people: {@code artifact: ok} or {@code table: failed: <reason>}. */
  public String describe() {
    if (succeeded) {
      return sink + ": ok" + (detail == null ? "" : " (" + detail + ")");
    }
    return sink + ": failed" + (detail == null ? "" : ": " + detail);
  }
}
