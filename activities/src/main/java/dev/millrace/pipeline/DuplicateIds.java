package dev.millrace.pipeline;

/** The one wording of the quarantine reason for an id already used in the run. */
final class DuplicateIds {
  private DuplicateIds() {}

  static String reason(String id) {
    return "duplicate id \"" + id + "\": already used by an earlier record of this run";
  }
}
