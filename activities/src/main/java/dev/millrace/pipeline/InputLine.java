package dev.millrace.pipeline;

/**
 * One raw line of the input with its 1-based line number, kept as bytes until it is parsed. A line longer
 * than the run allows is never held whole: {@code bytes} is then only its start (enough for the quarantine
 * excerpt) and {@code length} its real size, so a 100 MB line costs no more memory than a short one.
 */
public record InputLine(long lineNumber, byte[] bytes, long length) {
  /** A line held whole. */
  public InputLine(long lineNumber, byte[] bytes) {
    this(lineNumber, bytes, bytes.length);
  }

  /** Whether only the start of the line was kept. */
  public boolean truncated() {
    return bytes.length < length;
  }
}
