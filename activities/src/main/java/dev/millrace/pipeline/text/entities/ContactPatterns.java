package dev.millrace.pipeline.text.entities;

import java.util.regex.Pattern;

/** The e-mail address and URL patterns, shared by the recognizer and the redaction step. */
public final class ContactPatterns {
  public static final Pattern EMAIL = Pattern.compile(
      "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}\\b");
  public static final Pattern URL = Pattern.compile(
      "\\b(?:https?://|www\\.)[^\\s<>\"'\\[\\]{}|\\\\^`]*[^\\s<>\"'\\[\\]{}|\\\\^`.,;:!?)]");

  private ContactPatterns() {}
}
