package dev.millrace.worker.runtime;

import java.util.Locale;

/**
 * A quarantine reason reduced to a small, fixed set of metric labels: the full reason (with line
 * numbers and sizes) stays in the quarantine table, where it belongs.
 */
enum QuarantineReason {
  TOO_LARGE("document is "),
  INVALID_JSON("invalid JSON"),
  NOT_AN_OBJECT("not a JSON object"),
  MISSING_ID("missing field \"id\""),
  INVALID_ID("field \"id\""),
  MISSING_TEXT("field \"text\" or \"html\""),
  UNREADABLE("unreadable line"),
  OTHER("");

  private final String prefix;

  QuarantineReason(String prefix) {
    this.prefix = prefix;
  }

  static QuarantineReason of(String reason) {
    for (QuarantineReason candidate : values()) {
      if (candidate != OTHER && reason != null && reason.startsWith(candidate.prefix)) {
        return candidate;
      }
    }
    return OTHER;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
