package dev.millrace.client;

/** No run with this id is known. */
public class RunNotFoundException extends RuntimeException {
  public RunNotFoundException(String runId, Throwable cause) {
    super("No run with id " + runId, cause);
  }
}
