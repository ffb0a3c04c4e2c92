package dev.millrace.cli;

import java.util.function.Supplier;

/** Turns a record's validation error into a usage error (exit code 2) naming the bad field. */
final class Usage {
  private Usage() {}

  static <T> T valid(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
